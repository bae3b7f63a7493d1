package io.pulsecheck.insights;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OrgNode", description = "One row of the organisation report: a team's own respondents, a department roll-up (its whole subtree) or the organisation.")
public record OrgNode(
        @Schema(description = "team, department or organisation") NodeKind kind,
        @Schema(description = "The team or department; absent for the organisation") UUID teamId,
        @Schema(description = "Name") String name,
        @Schema(description = "Parent department") UUID parentId,
        @Schema(description = "shown, not_enough_responses, suppressed_differencing or no_data") MetricStatus status,
        @Schema(description = "How many answered; absent unless shown") Long respondents,
        @Schema(description = "Participation in percent") Metric participation,
        @Schema(description = "Well-being index 0..100 over the instruments the teams asked (WHO-5, a mood item, ...)") Metric wellbeing,
        @Schema(description = "Stress index 0..100 over the instruments the teams asked (PSS-4, a stress item, ...)") Metric stress,
        @Schema(description = "Transparency index 0..100") Metric transparency,
        @Schema(description = "Employee net promoter score") Metric enps,
        @Schema(description = "Psychological safety index 0..100, higher is safer") Metric safety,
        @Schema(description = "Every further dimension the teams' question sets collected in the range (trust, recognition, custom indices with interval; workload and other single choices as shares per option), by name; the same list in every node, under the same k and differencing guard as the indices") List<DimensionInsights> dimensions) {
}
