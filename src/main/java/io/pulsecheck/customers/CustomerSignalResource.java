package io.pulsecheck.customers;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Roles;
import io.pulsecheck.insights.DateRange;
import io.pulsecheck.insights.InsightsConfig;
import io.pulsecheck.teams.TeamAccess;

// Same class path as the team resources, so the router merges them instead of shadowing one.
@Path("/api/v1/teams")
@Tag(name = "Customer signals")
@SecurityRequirement(name = "jwt")
public class CustomerSignalResource {

    @Inject
    CustomerSignalImport importer;

    @Inject
    TeamAccess access;

    @Inject
    InsightsConfig insightsConfig;

    @Inject
    Clock clock;

    @POST
    @Path("{id}/customer-signals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HR_ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Import a team's customer signals (JSON)",
            description = "Weekly team aggregates (CSAT, NPS, first-contact resolution, complaints, handling time or custom metrics), all or nothing: any bad row answers 400 listing every problem and nothing is written. Re-sending a row changes nothing; a different value for the same week and metric is stored as a correction (the next version, history kept). Fields that look like a person's identity are refused.")
    public ImportResult importJson(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CustomerSignalEntry.Batch.class))) JsonNode body) {
        return importer.importJson(id, body);
    }

    @POST
    @Path("{id}/customer-signals")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HR_ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Import a team's customer signals (CSV)",
            description = "Header week,date,metric,value,sample_size,unit,direction (week or date; unit and direction for custom metrics only). Same rules as the JSON import; errors name line[n].column.")
    public ImportResult importCsv(@PathParam("id") UUID id, String csv) {
        return importer.importCsv(id, csv);
    }

    @GET
    @Path("{id}/customer-signals")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.HR_ADMIN, Roles.LEADER })
    @Transactional
    @Operation(summary = "A team's customer signals",
            description = "The current value per week and metric between from and to (default the last year), or with history=true every version including corrected ones. Leaders read only their own teams; integrations cannot read.")
    public List<CustomerSignalView> list(@PathParam("id") UUID id,
            @Parameter(description = "First date (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Last date (YYYY-MM-DD); default today") @QueryParam("to") String to,
            @Parameter(description = "Include superseded versions") @QueryParam("history") boolean history) {
        access.checkCanRead(id);
        if (io.pulsecheck.teams.Team.findById(id) == null) {
            throw ApiException.notFound("Team", id);
        }
        DateRange range = DateRange.parse(from, to, DateRange.latestToday(clock), insightsConfig.teamWindow());
        var fromWeek = range.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var signals = history ? CustomerSignal.history(id, fromWeek, range.to())
                : CustomerSignal.current(id, fromWeek, range.to());
        return signals.stream().map(CustomerSignalView::of).toList();
    }
}
