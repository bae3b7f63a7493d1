package io.pulsecheck.insights;

import java.time.Clock;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.security.Roles;
import io.pulsecheck.teams.OrgSettings;

@Path("/api/v1/insights")
@Tag(name = "Insights")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class InsightsResource {

    @Inject
    InsightsService insights;

    @Inject
    InsightsConfig config;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    LeaderCheckService leaderCheck;

    @GET
    @Path("org")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organisation-wide aggregates with department roll-ups",
            description = "Every team's own cell, every department's roll-up and the organisation over the date range (default the last 28 days). Only cycles that reach k count; roll-ups that would reveal a group below k by subtraction are suppressed.")
    public OrgInsights organisation(
            @Parameter(description = "First cycle date (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Last cycle date (YYYY-MM-DD); default today") @QueryParam("to") String to) {
        DateRange range = DateRange.parse(from, to, DateRange.latestToday(clock), config.orgWindow());
        return insights.organisation(range.from(), range.to(), OrgSettings.get().kThreshold);
    }

    @GET
    @Path("org.csv")
    @Produces(TeamInsightsResource.CSV)
    @Operation(summary = "Organisation-wide aggregates as CSV", description = "The organisation report as CSV, aggregates only.")
    public String organisationCsv(
            @Parameter(description = "First cycle date (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Last cycle date (YYYY-MM-DD)") @QueryParam("to") String to) {
        String csv = InsightsCsv.organisation(organisation(from, to));
        audit.exported(AuditAction.ORG_CSV_EXPORTED, null, TeamInsightsResource.exportParameters(from, to));
        return csv;
    }

    @GET
    @Path("leaders")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The leaders' own well-being check",
            description = "Per released round of a leaders' schedule (newest first): the aggregate of every leader asked, shown only when at least k leaders answered (k: the organisation's threshold when the round opened), and per cohort (the department a leader leads in) only when it reaches k and subtracting shown cohorts from the whole cannot isolate fewer than k. Default range: the last year.")
    public LeaderCheckReport leaders(
            @Parameter(description = "First cycle date (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Last cycle date (YYYY-MM-DD); default today") @QueryParam("to") String to,
            @Parameter(description = "Only this leaders' schedule") @QueryParam("scheduleId") String scheduleId) {
        DateRange range = DateRange.parse(from, to, DateRange.latestToday(clock), LeaderCheckService.DEFAULT_WINDOW);
        return leaderCheck.report(range.from(), range.to(), LeaderCheckService.scheduleId(scheduleId));
    }

    @GET
    @Path("leaders.csv")
    @Produces(TeamInsightsResource.CSV)
    @Operation(summary = "The leaders' own well-being check as CSV",
            description = "The same cells as the JSON report, one row each; numbers of hidden cells are empty.")
    public String leadersCsv(
            @Parameter(description = "First cycle date (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Last cycle date (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "Only this leaders' schedule") @QueryParam("scheduleId") String scheduleId) {
        String csv = LeaderCheckCsv.of(leaders(from, to, scheduleId));
        Map<String, Object> parameters = TeamInsightsResource.exportParameters(from, to);
        parameters.put("scheduleId", scheduleId);
        audit.exported(AuditAction.LEADERS_CSV_EXPORTED, null, parameters);
        return csv;
    }
}
