package io.pulsecheck.insights;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One number of a report cell with its 95% confidence interval, or the reason it is not shown.
 *
 * @param status {@code shown}, {@code not_enough_responses}, {@code suppressed_differencing}, {@code no_data},
 *        {@code not_released} (the cycle is not closed and mixed yet) or {@code coarse} (participation of such a cycle)
 * @param value the index (0..100, eNPS -100..100, participation in percent); null unless shown
 * @param ciLow lower end of the 95% interval
 * @param ciHigh upper end of the 95% interval
 * @param n how many responses the number is computed from
 * @param change difference to the previous shown cycle (trends only)
 * @param significant whether that change is larger than the noise (its 95% interval excludes zero)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Metric", description = "An index with its 95% confidence interval, or only a status when the cell is below the anonymity threshold.")
public record Metric(
        @Schema(description = "shown, not_enough_responses, suppressed_differencing, no_data, not_released (the check-in has not closed yet) or coarse (participation of an open check-in, rounded down to tens)", example = "shown") MetricStatus status,
        @Schema(description = "The value; absent unless shown", example = "62.4") Double value,
        @Schema(description = "Lower end of the 95% confidence interval", example = "55.1") Double ciLow,
        @Schema(description = "Upper end of the 95% confidence interval", example = "69.7") Double ciHigh,
        @Schema(description = "Responses the value is computed from", example = "8") Long n,
        @Schema(description = "Change since the previous shown cycle", example = "-4.2") Double change,
        @Schema(description = "Whether the change is larger than the noise") Boolean significant,
        @Schema(description = "Human-readable reason when not shown", example = "not enough responses yet") String message) {

    public static final String NOT_ENOUGH_MESSAGE = "not enough responses yet";
    public static final String NOT_RELEASED_MESSAGE = "released when the check-in closes";

    public static Metric notEnough() {
        return new Metric(MetricStatus.NOT_ENOUGH_RESPONSES, null, null, null, null, null, null, NOT_ENOUGH_MESSAGE);
    }

    public static Metric noData() {
        return new Metric(MetricStatus.NO_DATA, null, null, null, null, null, null, null);
    }

    public static Metric differencing() {
        return new Metric(MetricStatus.SUPPRESSED_DIFFERENCING, null, null, null, null, null, null,
                "not shown: it would reveal a group smaller than the anonymity threshold");
    }

    public static Metric notReleased() {
        return new Metric(MetricStatus.NOT_RELEASED, null, null, null, null, null, null, NOT_RELEASED_MESSAGE);
    }

    /**
     * Participation of a cycle that is not released: only a percentage rounded down to tens, with no interval and no
     * count, so one more answer moves it at most across a tens boundary.
     */
    public static Metric coarseParticipation(long respondents, long invited) {
        if (invited <= 0) {
            return noData();
        }
        long rate = Math.min(100, 100 * respondents / invited);
        return new Metric(MetricStatus.COARSE, (double) (rate / 10 * 10), null, null, null, null, null,
                "rounded down to tens until the check-in closes");
    }

    /** A mean with its t interval, clipped to the index's range. */
    public static Metric mean(Index index, long n, double mean, Double sd) {
        return mean(index.min, index.max, n, mean, sd);
    }

    /** A mean with its t interval, clipped to the range {@code min..max}. */
    public static Metric mean(double min, double max, long n, double mean, Double sd) {
        double half = Stats.halfWidth(n, sd);
        Double low = Double.isNaN(half) ? null : Stats.round1(Math.max(min, mean - half));
        Double high = Double.isNaN(half) ? null : Stats.round1(Math.min(max, mean + half));
        return new Metric(MetricStatus.SHOWN, Stats.round1(mean), low, high, n, null, null, null);
    }

    /** A participation rate in percent with its Wilson interval. */
    public static Metric participation(long respondents, long invited) {
        if (invited <= 0) {
            return noData();
        }
        double[] ci = Stats.wilson(respondents, invited);
        double rate = Math.min(100.0, 100.0 * respondents / invited);
        return new Metric(MetricStatus.SHOWN, Stats.round1(rate), Stats.round1(100 * ci[0]), Stats.round1(100 * ci[1]), invited,
                null, null, null);
    }

    public boolean shown() {
        return status == MetricStatus.SHOWN;
    }

    public Metric withChange(double change, boolean isSignificant) {
        return new Metric(status, value, ciLow, ciHigh, n, Stats.round1(change), isSignificant, message);
    }
}
