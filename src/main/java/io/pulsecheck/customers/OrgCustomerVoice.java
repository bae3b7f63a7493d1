package io.pulsecheck.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulsecheck.insights.Metric;

@Schema(name = "OrgCustomerVoice", description = "Teams where low well-being or psychological safety and poor customer metrics coincide, ranked. Only team cells the organisation report shows (at least k respondents, differencing guard) are considered.")
public record OrgCustomerVoice(
        @Schema(description = "First cycle date included") LocalDate from,
        @Schema(description = "Last cycle date included") LocalDate to,
        @Schema(description = "The organisation's k", example = "5") int kThreshold,
        @Schema(description = "The organisation's well-being over the range, the reference for 'low'") Metric organisationWellbeing,
        @Schema(description = "The organisation's psychological safety over the range, the reference for 'low'") Metric organisationSafety,
        @Schema(description = "Teams where both coincide, the largest gap first") List<TeamEntry> teams,
        @Schema(description = "How to read the list") String note) {

    /** One listed team. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OrgCustomerVoiceTeam")
    public record TeamEntry(
            @Schema(description = "1 = the largest gap", example = "1") int rank,
            @Schema(description = "The team") UUID teamId,
            @Schema(description = "The team's name") String name,
            @Schema(description = "Respondents over the range", example = "48") long respondents,
            @Schema(description = "Well-being with its 95% interval, or a status") Metric wellbeing,
            @Schema(description = "Psychological safety with its 95% interval, or a status") Metric safety,
            @Schema(description = "The indices below the organisation's value: wellbeing, safety") List<String> lowOn,
            @Schema(description = "Largest distance below the organisation's value, in index points", example = "12.4") double gap,
            @Schema(description = "Whether the team's interval lies entirely below the organisation's value for that index") boolean clearlyBelow,
            @Schema(description = "The customer metrics worse than the median of the teams reporting them") List<CustomerComparison> poorCustomerMetrics) {
    }

    /** A team's customer metric over the range beside the median of all teams reporting it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OrgCustomerComparison")
    public record CustomerComparison(
            @Schema(example = "complaints") String metric,
            @Schema(description = "What value means: the unit, or 'per 1000 contacts' for complaints", example = "per 1000 contacts") String unit,
            @Schema(example = "lower_is_better") Direction direction,
            @Schema(description = "Sample-weighted over the range (complaints: per 1000 contacts)", example = "18.2") double value,
            @Schema(description = "95% Wilson interval for rates (complaints, first-contact resolution)") Double ciLow,
            @Schema(description = "95% Wilson interval for rates") Double ciHigh,
            @Schema(description = "Surveys, contacts or cases over the range", example = "2210") long sampleSize,
            @Schema(description = "Median of the teams reporting this metric", example = "11.0") double teamsMedian,
            @Schema(description = "How many teams report it", example = "6") int teams) {
    }
}
