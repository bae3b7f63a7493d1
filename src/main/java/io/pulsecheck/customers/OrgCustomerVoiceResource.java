package io.pulsecheck.customers;

import java.time.Clock;

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

import io.pulsecheck.common.security.Roles;
import io.pulsecheck.insights.DateRange;
import io.pulsecheck.insights.InsightsConfig;
import io.pulsecheck.teams.OrgSettings;

// Same class path as the organisation report, so the router merges them instead of shadowing one.
@Path("/api/v1/insights")
@Tag(name = "Insights")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class OrgCustomerVoiceResource {

    @Inject
    OrgCustomerVoiceService service;

    @Inject
    InsightsConfig config;

    @Inject
    Clock clock;

    @GET
    @Path("org/customer-voice")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where low well-being or safety and poor customer metrics coincide",
            description = "Ranked teams over the date range (default the last 28 days): well-being or psychological safety below the organisation's, and a customer metric worse than the median of the teams reporting it. Only team cells the organisation report shows (k, differencing guard) are considered.")
    public OrgCustomerVoice organisation(
            @Parameter(description = "First cycle date (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Last cycle date (YYYY-MM-DD); default today") @QueryParam("to") String to) {
        DateRange range = DateRange.parse(from, to, DateRange.latestToday(clock), config.orgWindow());
        return service.organisation(range.from(), range.to(), OrgSettings.get().kThreshold);
    }
}
