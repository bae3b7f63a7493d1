package io.pulsecheck.digest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.DimensionInsights;
import io.pulsecheck.insights.Metric;

/** Reads the signals of a cycle from its changes against the previous shown cycle. */
final class Signals {

    /** Below this participation (percent) the digest suggests telling the team what changed. */
    static final double LOW_PARTICIPATION = 50.0;

    private Signals() {
    }

    /** Alerting signals: a change at least the threshold and larger than the noise. */
    static Set<Signal> alerts(CycleInsights cycle, DigestConfig.Alert thresholds) {
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (cycle == null || !cycle.enoughResponses()) {
            return signals;
        }
        if (dropped(cycle.wellbeing(), thresholds.wellbeingDrop())) {
            signals.add(Signal.WELLBEING_DROP);
        }
        if (dropped(cycle.transparency(), thresholds.transparencyDrop())) {
            signals.add(Signal.TRANSPARENCY_DROP);
        }
        if (dropped(cycle.safety(), thresholds.safetyDrop())) {
            signals.add(Signal.SAFETY_DROP);
        }
        Metric stress = cycle.stress();
        if (significant(stress) && stress.change() >= thresholds.stressRise()) {
            signals.add(Signal.STRESS_RISE);
        }
        if (!droppedDimensions(cycle, thresholds).isEmpty()) {
            signals.add(Signal.DIMENSION_DROP);
        }
        return signals;
    }

    /** The further numeric dimensions of the cycle that fell by at least the threshold and beyond the noise. */
    static List<DimensionInsights> droppedDimensions(CycleInsights cycle, DigestConfig.Alert thresholds) {
        if (cycle == null || !cycle.enoughResponses() || cycle.dimensions() == null) {
            return List.of();
        }
        return cycle.dimensions().stream().filter(d -> DimensionInsights.INDEX.equals(d.kind()))
                .filter(d -> dropped(d.index(), thresholds.dimensionDrop())).toList();
    }

    /**
     * Every signal of the cycle, for choosing suggestions; {@code steady} when nothing stands out. Safety falling
     * beyond the noise (by any amount) in a week when a customer metric got worse is a signal of its own.
     */
    static Set<Signal> all(CycleInsights cycle, DigestConfig.Alert thresholds, boolean customerWorse) {
        Set<Signal> signals = alerts(cycle, thresholds);
        if (customerWorse && cycle != null && cycle.enoughResponses() && significant(cycle.safety())
                && cycle.safety().change() < 0) {
            signals.add(Signal.SAFETY_DROP_CUSTOMER_WORSE);
        }
        if (cycle != null && cycle.enoughResponses() && cycle.participation().shown()
                && cycle.participation().value() < LOW_PARTICIPATION) {
            signals.add(Signal.LOW_PARTICIPATION);
        }
        if (signals.isEmpty()) {
            signals.add(Signal.STEADY);
        }
        return signals;
    }

    private static boolean dropped(Metric metric, double threshold) {
        return significant(metric) && -metric.change() >= threshold;
    }

    private static boolean significant(Metric metric) {
        return metric != null && metric.shown() && metric.change() != null && Boolean.TRUE.equals(metric.significant());
    }
}
