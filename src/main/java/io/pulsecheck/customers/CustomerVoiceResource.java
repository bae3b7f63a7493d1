package io.pulsecheck.customers;

import java.time.Clock;
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

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Roles;
import io.pulsecheck.insights.DateRange;
import io.pulsecheck.insights.InsightsConfig;
import io.pulsecheck.teams.Team;
import io.pulsecheck.teams.TeamAccess;

// Same class path as the team resources, so the router merges them instead of shadowing one.
@Path("/api/v1/teams")
@Tag(name = "Insights")
@SecurityRequirement(name = "jwt")
@RolesAllowed({ Roles.HR_ADMIN, Roles.LEADER })
public class CustomerVoiceResource {

    @Inject
    CustomerVoice voice;

    @Inject
    TeamAccess access;

    @Inject
    InsightsConfig insightsConfig;

    @Inject
    Clock clock;

    @GET
    @Path("{id}/insights/customer-voice")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A team's customer signals beside its employee signals",
            description = "Per check-in cycle between from and to (default the last year, at most 104 cycles): well-being, stress, transparency and psychological safety as the team report shows them, and the customer metrics of the cycle's ISO week. Correlations (95% interval, Fisher z) per index and metric, in the same cycle and one cycle later, from 8 common cycles on; cycles that are not released or below k pair with nothing. Association, not cause. Leaders read only their own teams.")
    public CustomerVoiceReport team(@PathParam("id") UUID id,
            @Parameter(description = "First cycle date (YYYY-MM-DD); default one year before to") @QueryParam("from") String from,
            @Parameter(description = "Last cycle date (YYYY-MM-DD); default today") @QueryParam("to") String to) {
        access.checkCanRead(id);
        DateRange range = DateRange.parse(from, to, DateRange.latestToday(clock), insightsConfig.teamWindow());
        Team team = Team.findById(id);
        if (team == null || team.archived) {
            throw ApiException.notFound("Team", id);
        }
        return voice.team(id, team.name, range.from(), range.to());
    }
}
