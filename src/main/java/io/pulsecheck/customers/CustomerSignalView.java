package io.pulsecheck.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CustomerSignal", description = "One version of a team's customer metric for one week.")
public record CustomerSignalView(
        @Schema(description = "ISO week", example = "2026-W05") String week,
        @Schema(description = "Monday of the week") LocalDate weekStart,
        @Schema(example = "csat") String metric,
        @Schema(example = "4.21") BigDecimal value,
        @Schema(example = "412") long sampleSize,
        @Schema(example = "score 1-5") String unit,
        @Schema(example = "higher_is_better") String direction,
        @Schema(description = "1 for the first value, +1 per correction", example = "1") int version,
        @Schema(description = "When this version was imported") Instant recordedAt,
        @Schema(description = "When a correction replaced it; absent for the current version") Instant supersededAt) {

    static CustomerSignalView of(CustomerSignal signal) {
        return new CustomerSignalView(isoWeek(signal.weekStart), signal.weekStart, signal.metric, signal.value,
                signal.sampleSize, signal.unit, signal.direction, signal.version, signal.recordedAt,
                signal.supersededAt);
    }

    /** "2026-W05" for a week's Monday. */
    static String isoWeek(LocalDate weekStart) {
        return String.format("%d-W%02d", weekStart.get(IsoFields.WEEK_BASED_YEAR),
                weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
