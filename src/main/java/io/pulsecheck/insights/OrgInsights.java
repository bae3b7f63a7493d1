package io.pulsecheck.insights;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgInsights", description = "Aggregates over a date range for every team, department roll-up and the organisation, with anonymity and differencing protection.")
public record OrgInsights(
        @Schema(description = "First cycle date included") LocalDate from,
        @Schema(description = "Last cycle date included") LocalDate to,
        @Schema(description = "The organisation's k", example = "5") int kThreshold,
        @Schema(description = "Organisation first, then departments and teams") List<OrgNode> nodes) {
}
