package io.pulsecheck.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.Index;
import io.pulsecheck.insights.Metric;
import io.pulsecheck.insights.TeamInsights;
import io.pulsecheck.platform.ChatCard;

/** Builds the platform-neutral digest and alert cards from a team's insights; only shown numbers ever appear. */
@ApplicationScoped
public class DigestComposer {

    @Inject
    ReassuranceCatalogue catalogue;

    @Inject
    DigestConfig config;

    /** The cycle a digest reports: the latest released one, or none; an open check-in is never reported. */
    static CycleInsights reportedCycle(TeamInsights insights) {
        return insights.latestReleased();
    }

    public ChatCard digest(TeamInsights insights, DigestTexts t, String chartUrl, List<String> openActions) {
        CycleInsights cycle = reportedCycle(insights);
        List<ChatCard.Fact> facts = new ArrayList<>();
        List<ChatCard.Section> sections = new ArrayList<>();
        String subtitle;
        if (cycle == null) {
            subtitle = t.get("digest.nodata");
        } else {
            subtitle = cycle.enoughResponses() ? t.get("digest.subtitle", cycle.cycleDate(), cycle.respondents())
                    : t.get("digest.subtitle.hidden", cycle.cycleDate());
            for (Index index : Index.values()) {
                facts.add(new ChatCard.Fact(t.indexName(index), describe(cycle.metric(index), t)));
            }
            facts.add(new ChatCard.Fact(t.get("participation"), describe(cycle.participation(), t)
                    .replaceFirst("^([0-9.]+)", "$1%")));
            if (cycle.comments() != null && !cycle.comments().isEmpty()) {
                sections.add(new ChatCard.Section(t.get("comments"), cycle.comments()));
            }
        }
        Set<Signal> signals = Signals.all(cycle, config.alert());
        sections.add(new ChatCard.Section(t.get("suggestions"), catalogue.suggestionsFor(signals, t.locale)));
        sections.add(new ChatCard.Section(t.get("actions"),
                openActions.isEmpty() ? List.of(t.get("actions.none")) : openActions));
        return new ChatCard("digest", t.get("digest.title", insights.teamName()), subtitle, facts, chartUrl,
                t.get("chart.alt"), sections);
    }

    public ChatCard alert(TeamInsights insights, CycleInsights cycle, Set<Signal> signals, DigestTexts t,
            String chartUrl) {
        List<String> lines = new ArrayList<>();
        for (Signal signal : signals) {
            Metric metric = switch (signal) {
                case WELLBEING_DROP -> cycle.wellbeing();
                case STRESS_RISE -> cycle.stress();
                case TRANSPARENCY_DROP -> cycle.transparency();
                default -> null;
            };
            if (metric != null) {
                String key = switch (signal) {
                    case WELLBEING_DROP -> "alert.wellbeing";
                    case STRESS_RISE -> "alert.stress";
                    default -> "alert.transparency";
                };
                lines.add(t.get(key, number(metric.value() - metric.change()), number(metric.value())));
            }
        }
        List<ChatCard.Section> sections = List.of(
                new ChatCard.Section(t.get("suggestions"), catalogue.suggestionsFor(signals, t.locale)));
        return new ChatCard("alert", t.get("alert.title", insights.teamName()), String.join(" ", lines), List.of(),
                chartUrl, t.get("chart.alt"), sections);
    }

    /** "62.4 ↓ (55.1–69.7)": value, arrow when the change is larger than noise (→ otherwise), interval. */
    static String describe(Metric metric, DigestTexts t) {
        if (metric == null || Metric.NO_DATA.equals(metric.status())) {
            return t.get("no.data");
        }
        if (!metric.shown()) {
            return t.get("not.enough");
        }
        StringBuilder text = new StringBuilder(number(metric.value()));
        if (metric.change() != null) {
            String arrow = !Boolean.TRUE.equals(metric.significant()) ? "→" : metric.change() > 0 ? "↑" : "↓";
            text.append(' ').append(arrow).append(' ').append(metric.change() > 0 ? "+" : "")
                    .append(number(metric.change()));
        }
        if (metric.ciLow() != null) {
            text.append(" (").append(number(metric.ciLow())).append("–").append(number(metric.ciHigh())).append(')');
        }
        return text.toString();
    }

    private static String number(double value) {
        return String.valueOf(Math.round(value * 10.0) / 10.0);
    }
}
