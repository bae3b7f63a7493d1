package io.pulsecheck.insights;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import io.pulsecheck.teams.TeamAccess;

// Same class path as the team administration resource, so the router merges them instead of shadowing one.
@Path("/api/v1/teams")
@Tag(name = "Insights")
@SecurityRequirement(name = "jwt")
@RolesAllowed({ Roles.HR_ADMIN, Roles.LEADER })
public class TeamInsightsResource {

    static final String CSV = "text/csv";

    @Inject
    InsightsService insights;

    @Inject
    InsightsConfig config;

    @Inject
    TeamAccess access;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @GET
    @Path("{id}/insights")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A team's indices, participation and trend",
            description = "Well-being, stress, transparency, eNPS and participation with 95% intervals for the latest cycles between from and to (at most 12). Cells below k show no numbers. Leaders read only their own teams.")
    public TeamInsights team(@PathParam("id") UUID id,
            @Parameter(description = "First cycle date (YYYY-MM-DD); default one year before to") @QueryParam("from") String from,
            @Parameter(description = "Last cycle date (YYYY-MM-DD); default today") @QueryParam("to") String to) {
        access.checkCanRead(id);
        DateRange range = DateRange.parse(from, to, DateRange.latestToday(clock), config.teamWindow());
        return insights.team(id, range.from(), range.to());
    }

    @GET
    @Path("{id}/insights.csv")
    @Produces(CSV)
    @Operation(summary = "A team's insights as CSV",
            description = "The same cells as the JSON report, aggregates only; numbers of cells below k are empty.")
    public String teamCsv(@PathParam("id") UUID id,
            @Parameter(description = "First cycle date (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Last cycle date (YYYY-MM-DD)") @QueryParam("to") String to) {
        String csv = InsightsCsv.team(team(id, from, to));
        audit.exported(AuditAction.TEAM_CSV_EXPORTED, id, exportParameters(from, to));
        return csv;
    }

    /** The export's query as given (absent parameters mean the default window). */
    static Map<String, Object> exportParameters(String from, String to) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        return parameters;
    }
}
