package io.pulsecheck.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.customers.CustomerVoice;
import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.InsightsConfig;
import io.pulsecheck.insights.InsightsService;
import io.pulsecheck.insights.TeamInsights;

/** Trend chart images linked from digests; chat platforms fetch them without a token, so the link is the key. */
@Path("/charts/teams")
@Tag(name = "Digest")
@PermitAll
public class ChartResource {

    @Inject
    ChartLinks links;

    @Inject
    InsightsService insights;

    @Inject
    InsightsConfig insightsConfig;

    @Inject
    TrendChart chart;

    @Inject
    CustomerVoice customers;

    @Inject
    Clock clock;

    @GET
    @Path("{id}/trend.png")
    @Produces("image/png")
    @Operation(summary = "A team's trend chart as PNG",
            description = "Only through the signed, expiring link in a digest; any other request gets 404. Cycles below k are gaps. Customer metrics, if the team has any, are panels below on the same cycle dates.")
    public Response trend(@PathParam("id") UUID id, @QueryParam("expires") long expires,
            @QueryParam("sig") String signature, @QueryParam("lang") String lang) {
        if (!links.isValid(id, expires, signature)) {
            // Same answer for a wrong, expired or missing signature and for an unknown team: nothing to probe.
            throw ApiException.notFound("Chart", id);
        }
        LocalDate today = LocalDate.now(clock);
        TeamInsights trend = insights.team(id, today.minus(insightsConfig.teamWindow()), today);
        // Customer metrics stand beside the released cycles, the chart's only columns.
        var dates = trend.cycles().stream().filter(CycleInsights::released).map(CycleInsights::cycleDate).toList();
        return Response.ok(chart.png(trend, DigestWording.of(lang), customers.chartSeries(id, dates, lang)))
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }
}
