package io.pulsecheck.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulsecheck.insights.Metric;

@Schema(name = "CustomerVoiceReport", description = "A team's customer signals beside its employee signals on the same time axis (the team's check-in cycles), with correlations where enough released cycles exist.")
public record CustomerVoiceReport(
        @Schema(description = "The team") UUID teamId,
        @Schema(description = "The team's name") String teamName,
        @Schema(description = "First cycle date included") LocalDate from,
        @Schema(description = "Last cycle date included") LocalDate to,
        @Schema(description = "The customer metrics that have values in the range") List<MetricInfo> customerMetrics,
        @Schema(description = "One entry per check-in cycle, oldest first") List<Week> cycles,
        @Schema(description = "Employee index × customer metric, in the same cycle (lag 0) and with the customer metric one cycle later (lag 1)") List<Relationship> relationships,
        @Schema(description = "How to read the relationships") String note) {

    /** A customer metric of the report. */
    @Schema(name = "CustomerMetricInfo")
    public record MetricInfo(@Schema(example = "csat") String metric, @Schema(example = "score 1-5") String unit,
            @Schema(example = "higher_is_better") Direction direction) {
    }

    /** One check-in cycle: the employee cell as the team report shows it, and the customer values of its ISO week. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CustomerVoiceCycle")
    public record Week(
            @Schema(description = "The cycle") UUID cycleId,
            @Schema(description = "The cycle's date") LocalDate cycleDate,
            @Schema(description = "The ISO week of the cycle date, whose customer values stand beside it", example = "2026-W05") String week,
            @Schema(description = "Whether the cycle is released (closed and mixed)") boolean released,
            @Schema(description = "Whether the employee cell shows numbers (released and at least k respondents); only such cycles are paired") boolean employeeShown,
            @Schema(description = "Well-being 0..100, or only a status") Metric wellbeing,
            @Schema(description = "Stress 0..100, or only a status") Metric stress,
            @Schema(description = "Transparency 0..100, or only a status") Metric transparency,
            @Schema(description = "Psychological safety 0..100, or only a status") Metric safety,
            @Schema(description = "Customer metric to its value in the cycle's week") Map<String, CustomerValue> customer) {
    }

    /** A customer metric's current value in one week. */
    @Schema(name = "CustomerValue")
    public record CustomerValue(@Schema(example = "4.21") BigDecimal value,
            @Schema(description = "Surveys, contacts or cases", example = "412") long sampleSize,
            @Schema(description = "1, or higher after corrections", example = "1") int version) {
    }

    /** The correlation of one employee index with one customer metric. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CustomerVoiceRelationship")
    public record Relationship(
            @Schema(description = "wellbeing, stress, transparency or safety", example = "stress") String employee,
            @Schema(example = "complaints") String customer,
            @Schema(description = "0: the same cycle; 1: the customer metric of the next cycle", example = "0") int lag,
            @Schema(description = "shown, not_enough_cycles, interval_too_wide or no_variation") RelationshipStatus status,
            @Schema(description = "Cycles where both sides have a value (employee cell shown)", example = "20") int commonCycles,
            @Schema(description = "Pearson correlation; only when shown", example = "0.62") Double r,
            @Schema(description = "Lower end of the 95% interval (Fisher z)", example = "0.25") Double ciLow,
            @Schema(description = "Upper end of the 95% interval (Fisher z)", example = "0.83") Double ciHigh,
            @Schema(description = "Plain reading, always saying association, not cause") String message) {
    }
}
