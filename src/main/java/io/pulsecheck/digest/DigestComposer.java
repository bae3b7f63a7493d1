package io.pulsecheck.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.customers.CustomerDigest;
import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.DimensionInsights;
import io.pulsecheck.insights.FreeTextInsights;
import io.pulsecheck.insights.Index;
import io.pulsecheck.insights.Metric;
import io.pulsecheck.insights.MetricStatus;
import io.pulsecheck.insights.TeamInsights;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.WebLink;
import io.pulsecheck.questions.LocalizedText;

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

    /**
     * The reassurance suggestions for the team's latest released cycle, the same ones its digest shows; the web view
     * uses them too.
     */
    public List<String> suggestions(TeamInsights insights, boolean customerWorse, String locale) {
        return catalogue.suggestionsFor(Signals.all(reportedCycle(insights), config.alert(), customerWorse),
                UserLocale.resolve(locale));
    }

    /**
     * The weekly digest: the reported cycle's indices and further dimensions, what moved beyond the noise, its
     * comments, a line per customer metric that moved (the customer section is left out when nothing moved),
     * suggestions, open actions and the leader's dashboard link.
     */
    public LeaderCard digest(TeamInsights insights, DigestWording t, String chartUrl, List<String> openActions,
            CustomerDigest customer, WebLink dashboard) {
        return digest(insights, t, chartUrl, openActions, customer, dashboard, catalogue.current());
    }

    /** The weekly digest with the suggestions of a catalogue read once for many digests. */
    LeaderCard digest(TeamInsights insights, DigestWording t, String chartUrl, List<String> openActions,
            CustomerDigest customer, WebLink dashboard, ReassuranceCatalogue.Current suggestions) {
        CycleInsights cycle = reportedCycle(insights);
        List<LeaderCard.Fact> facts = new ArrayList<>();
        List<LeaderCard.Section> sections = new ArrayList<>();
        String subtitle;
        if (cycle == null) {
            subtitle = t.messages().digestNoData();
        } else {
            subtitle = cycle.enoughResponses() ? t.messages().digestSubtitle(cycle.cycleDate(), cycle.respondents())
                    : t.messages().digestSubtitleHidden(cycle.cycleDate());
            for (Index index : Index.values()) {
                facts.add(new LeaderCard.Fact(t.indexName(index), describe(cycle.metric(index), t)));
            }
            // Further dimensions appear when the reported cycle collected them; a set without them adds no line.
            for (DimensionInsights dimension : further(cycle)) {
                if (collected(dimension)) {
                    facts.add(new LeaderCard.Fact(t.dimensionName(dimension.dimension()), describe(dimension, t)));
                }
            }
            facts.add(new LeaderCard.Fact(t.messages().participation(), describe(cycle.participation(), t)
                    .replaceFirst("^([0-9.]+)", "$1%")));
            CycleInsights seriesStart = insights.seriesStartOf(cycle);
            if (seriesStart != null) {
                sections.add(new LeaderCard.Section(t.messages().newSeriesHeading(), List.of(t.messages().newSeries(
                        seriesStart.cycleDate(), seriesStart.instrumentName(), seriesStart.previousInstrumentName()))));
            }
            List<String> moved = moved(cycle, t);
            if (!moved.isEmpty()) {
                sections.add(new LeaderCard.Section(t.messages().moved(), moved));
            }
            if (cycle.comments() != null && !cycle.comments().isEmpty()) {
                sections.add(new LeaderCard.Section(t.messages().comments(), cycle.comments()));
            }
            // Free-text answers appear as comments do: per question, only when the report shows them.
            for (FreeTextInsights answers : cycle.freeText() == null ? List.<FreeTextInsights>of() : cycle.freeText()) {
                if (answers.answers() != null) {
                    sections.add(new LeaderCard.Section(LocalizedText.pick(answers.question(), t.language()),
                            answers.answers()));
                }
            }
        }
        if (!customer.lines().isEmpty()) {
            sections.add(new LeaderCard.Section(customer.heading(), customer.lines()));
        }
        Set<Signal> signals = Signals.all(cycle, config.alert(), customer.worse());
        sections.add(new LeaderCard.Section(t.messages().suggestions(), suggestions.suggestionsFor(signals, t.language())));
        sections.add(new LeaderCard.Section(t.messages().actions(),
                openActions.isEmpty() ? List.of(t.messages().actionsNone()) : openActions));
        return new LeaderCard(LeaderCard.Kind.DIGEST, t.messages().digestTitle(insights.teamName()), subtitle, facts, chartUrl,
                t.messages().chartAlt(), sections, dashboard);
    }

    public LeaderCard alert(TeamInsights insights, CycleInsights cycle, Set<Signal> signals, DigestWording t,
            String chartUrl, WebLink dashboard) {
        List<String> lines = new ArrayList<>();
        for (Signal signal : signals) {
            if (signal == Signal.DIMENSION_DROP) {
                for (DimensionInsights dimension : Signals.droppedDimensions(cycle, config.alert())) {
                    Metric metric = dimension.index();
                    lines.add(t.messages().alertDimension(t.dimensionName(dimension.dimension()),
                            number(metric.value() - metric.change()), number(metric.value())));
                }
                continue;
            }
            Metric metric = switch (signal) {
                case WELLBEING_DROP -> cycle.wellbeing();
                case STRESS_RISE -> cycle.stress();
                case TRANSPARENCY_DROP -> cycle.transparency();
                case SAFETY_DROP -> cycle.safety();
                default -> null;
            };
            if (metric != null) {
                String from = number(metric.value() - metric.change());
                String to = number(metric.value());
                lines.add(switch (signal) {
                    case WELLBEING_DROP -> t.messages().alertWellbeing(from, to);
                    case STRESS_RISE -> t.messages().alertStress(from, to);
                    case SAFETY_DROP -> t.messages().alertSafety(from, to);
                    default -> t.messages().alertTransparency(from, to);
                });
            }
        }
        List<LeaderCard.Section> sections = List.of(
                new LeaderCard.Section(t.messages().suggestions(), catalogue.suggestionsFor(signals, t.language())));
        return new LeaderCard(LeaderCard.Kind.ALERT, t.messages().alertTitle(insights.teamName()), String.join(" ", lines), List.of(),
                chartUrl, t.messages().chartAlt(), sections, dashboard);
    }

    private static List<DimensionInsights> further(CycleInsights cycle) {
        return cycle.dimensions() == null ? List.of() : cycle.dimensions();
    }

    private static boolean collected(DimensionInsights dimension) {
        MetricStatus status = DimensionInsights.INDEX.equals(dimension.kind()) ? dimension.index().status()
                : dimension.status();
        return status != MetricStatus.NO_DATA;
    }

    /** Every dimension, named or further, whose change since the previous shown cycle is larger than the noise. */
    static List<String> moved(CycleInsights cycle, DigestWording t) {
        List<String> lines = new ArrayList<>();
        for (Index index : Index.values()) {
            movedLine(t.indexName(index), cycle.metric(index), t).ifPresent(lines::add);
        }
        for (DimensionInsights dimension : further(cycle)) {
            if (DimensionInsights.INDEX.equals(dimension.kind())) {
                movedLine(t.dimensionName(dimension.dimension()), dimension.index(), t).ifPresent(lines::add);
            }
        }
        return lines;
    }

    private static java.util.Optional<String> movedLine(String name, Metric metric, DigestWording t) {
        if (metric == null || !metric.shown() || metric.change() == null || !Boolean.TRUE.equals(metric.significant())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(t.messages().movedLine(name, number(metric.value() - metric.change()),
                number(metric.value())));
    }

    /** A further dimension: an index as {@link #describe(Metric, DigestWording)}, a distribution as its shares. */
    static String describe(DimensionInsights dimension, DigestWording t) {
        if (DimensionInsights.INDEX.equals(dimension.kind())) {
            return describe(dimension.index(), t);
        }
        if (dimension.status() != MetricStatus.SHOWN) {
            return dimension.status() == MetricStatus.NO_DATA ? t.messages().noData() : t.messages().notEnough();
        }
        List<String> shares = new ArrayList<>();
        for (DimensionInsights.ChoiceShare share : dimension.shares()) {
            shares.add(share.choice().replace('_', ' ') + " " + number(share.share().value()) + "%");
        }
        return String.join(" · ", shares);
    }

    /** "62.4 ↓ (55.1–69.7)": value, arrow when the change is larger than noise (→ otherwise), interval. */
    static String describe(Metric metric, DigestWording t) {
        if (metric == null || metric.status() == MetricStatus.NO_DATA) {
            return t.messages().noData();
        }
        if (!metric.shown()) {
            return t.messages().notEnough();
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

    static String number(double value) {
        return String.valueOf(Math.round(value * 10.0) / 10.0);
    }
}
