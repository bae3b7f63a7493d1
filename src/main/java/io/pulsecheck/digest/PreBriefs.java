package io.pulsecheck.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.DimensionInsights;
import io.pulsecheck.insights.InsightsConfig;
import io.pulsecheck.insights.InsightsService;
import io.pulsecheck.insights.Metric;

/**
 * The pre-brief in a leader's prompt before a check-in: what the team's last released cycle said (read from the same
 * report a leader sees, so below k or before release it says nothing), the actions this check-in tells the team, and
 * the catalogue's suggestions for those signals.
 */
@ApplicationScoped
public class PreBriefs {

    /** A pre-brief is read in a minute before the check-in; HR's additions must not push the questions out of it. */
    static final int MAX_SUGGESTIONS = 4;

    @Inject
    InsightsService insights;

    @Inject
    InsightsConfig insightsConfig;

    @Inject
    DigestConfig config;

    @Inject
    ReassuranceCatalogue catalogue;

    @Inject
    LeaderActions actions;

    @Inject
    Clock clock;

    /**
     * The pre-brief lines for the leader of a team before the given (just opened) cycle, in the locale; empty when
     * there is no released cycle to draw on and nothing to announce, so the prompt shows the general suggestion.
     */
    public List<String> forCycle(UUID teamId, UUID cycleId, String locale) {
        PreBriefMessages t = UserLocale.bundle(PreBriefMessages.class, locale);
        LocalDate today = LocalDate.now(clock);
        CycleInsights last = insights.team(teamId, today.minus(insightsConfig.teamWindow()), today).latestReleased();
        List<String> lines = new ArrayList<>();
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (last != null && last.enoughResponses()) {
            // Customer metrics stay in the digest; the pre-brief answers the team's own signals.
            signals.addAll(Signals.all(last, config.alert(), false));
            lines.addAll(describe(last, signals, t));
            DigestWording names = DigestWording.of(locale);
            for (DimensionInsights dimension : Signals.droppedDimensions(last, config.alert())) {
                lines.add(t.dimensionFell(last.cycleDate(), names.dimensionName(dimension.dimension()),
                        from(dimension.index()), to(dimension.index())));
            }
        }
        for (LeaderAction action : actions.announcedIn(cycleId)) {
            signals.add(Signal.ACTION_DUE);
            lines.add(t.actionDue(action.description));
        }
        if (signals.isEmpty()) {
            return List.of();
        }
        catalogue.suggestionsFor(signals, UserLocale.resolve(locale)).stream().limit(MAX_SUGGESTIONS)
                .forEach(lines::add);
        return lines;
    }

    private static List<String> describe(CycleInsights cycle, Set<Signal> signals, PreBriefMessages t) {
        List<String> lines = new ArrayList<>();
        LocalDate date = cycle.cycleDate();
        if (signals.contains(Signal.WELLBEING_DROP)) {
            lines.add(t.wellbeingFell(date, from(cycle.wellbeing()), to(cycle.wellbeing())));
        }
        if (signals.contains(Signal.STRESS_RISE)) {
            lines.add(t.stressRose(date, from(cycle.stress()), to(cycle.stress())));
        }
        if (signals.contains(Signal.TRANSPARENCY_DROP)) {
            lines.add(t.transparencyFell(date, from(cycle.transparency()), to(cycle.transparency())));
        }
        if (signals.contains(Signal.SAFETY_DROP)) {
            lines.add(t.safetyFell(date, from(cycle.safety()), to(cycle.safety())));
        }
        if (signals.contains(Signal.LOW_PARTICIPATION)) {
            lines.add(t.lowParticipation(date, DigestComposer.number(cycle.participation().value())));
        }
        if (signals.contains(Signal.STEADY)) {
            lines.add(t.steady(date));
        }
        return lines;
    }

    private static String from(Metric metric) {
        return DigestComposer.number(metric.value() - metric.change());
    }

    private static String to(Metric metric) {
        return DigestComposer.number(metric.value());
    }
}
