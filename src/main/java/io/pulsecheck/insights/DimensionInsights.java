package io.pulsecheck.insights;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dimension of a cycle beyond the five named indices (trust, workload, recognition, custom ones): numeric ones as an
 * index 0..100 like transparency, single-choice ones as the share of each option. Both follow the cycle's k: below
 * it, or until the cycle is released, only a status and no number.
 *
 * @param dimension the question dimension ({@code trust}, {@code workload}, ...)
 * @param kind {@code index} (scales and yes/no: team mean rescaled to 0..100, yes/no as % yes) or
 *        {@code distribution} (single choice)
 * @param index the index with interval and change; only for kind {@code index}
 * @param status for kind {@code distribution}: whether the shares are shown
 * @param n for kind {@code distribution}: responses that answered the dimension; absent unless shown
 * @param shares for kind {@code distribution}: every option chosen, in percent of {@code n}; absent unless shown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DimensionInsights", description = "A further dimension of the question set: an index (kind index) or, for single-choice questions, the share of each option (kind distribution); under the same anonymity threshold as the indices.")
public record DimensionInsights(
        @Schema(description = "The question dimension", example = "trust") String dimension,
        @Schema(description = "index or distribution", example = "index") String kind,
        @Schema(description = "Kind index: the index 0..100 with its interval, or only a status below k") Metric index,
        @Schema(description = "Kind distribution: shown, not_enough_responses, no_data, not_released or (organisation report) suppressed_differencing") MetricStatus status,
        @Schema(description = "Kind distribution: responses that answered it; absent unless shown", example = "8") Long n,
        @Schema(description = "Kind distribution: share of each option chosen, in percent; absent unless shown") List<ChoiceShare> shares) {

    public static final String INDEX = "index";
    public static final String DISTRIBUTION = "distribution";

    /** One option of a single-choice dimension and the percentage of responses that chose it. */
    @Schema(name = "ChoiceShare", description = "One option of a single-choice dimension: its share in percent with a Wilson 95% interval.")
    public record ChoiceShare(
            @Schema(description = "The option's value", example = "too_high") String choice,
            @Schema(description = "Percentage of the dimension's responses that chose it") Metric share) {
    }

    static DimensionInsights index(String dimension, Metric index) {
        return new DimensionInsights(dimension, INDEX, index, null, null, null);
    }

    static DimensionInsights distribution(String dimension, MetricStatus status, Long n, List<ChoiceShare> shares) {
        return new DimensionInsights(dimension, DISTRIBUTION, null, status, n, shares);
    }

    /** The same dimension with nothing shown, for a cell below k or not released. */
    static DimensionInsights hidden(String dimension, String kind, Metric reason) {
        return INDEX.equals(kind) ? index(dimension, reason) : distribution(dimension, reason.status(), null, null);
    }
}
