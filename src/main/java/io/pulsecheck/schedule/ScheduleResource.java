package io.pulsecheck.schedule;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.api.DateBounds;
import io.pulsecheck.common.api.Page;
import io.pulsecheck.common.api.Paging;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Roles;
import io.pulsecheck.teams.TeamAccess;

@Path("/api/v1/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules", description = "When and how teams are asked")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class ScheduleResource {

    // Word for word what TeamAccess says for another team, so both refusals look alike.
    private static final String NOT_YOUR_TEAM = "You may only read the teams you lead";

    @Inject
    ScheduleService schedules;

    @Inject
    TeamAccess access;

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.LEADER })
    @Operation(summary = "List schedules",
            description = "Oldest first, then by id; each item names its team. Filter by teamId. A leader sees only the schedules of teams they lead (403 for another team's teamId).")
    public Page<ScheduleView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size,
            @QueryParam("teamId") UUID teamId) {
        if (teamId != null) {
            access.checkCanRead(teamId);
            return schedules.list(page, size, teamId, null);
        }
        if (access.isHrAdmin()) {
            return schedules.list(page, size, null, null);
        }
        return access.currentLeader().map(leader -> schedules.listForLeader(page, size, leader.id))
                .orElseGet(() -> new Page<>(List.of(), page, size, 0));
    }

    @POST
    @Operation(summary = "Create a schedule",
            description = "One team may have several schedules. weekday is required unless cadence is cron; cron only with cadence cron; holidayRegion must be known (e.g. DE-BY); rotationSize at most the set's question count.")
    public Response create(@Valid @NotNull ScheduleRequest request) {
        ScheduleView created = schedules.create(request);
        return Response.created(URI.create("/api/v1/schedules/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.LEADER })
    @Operation(summary = "Read a schedule",
            description = "A leader may read only the schedules of teams they lead; any other id, known or not, gets 403 for a leader (404 for HR when unknown).")
    public ScheduleView get(@PathParam("id") UUID id) {
        checkCanRead(id);
        return schedules.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a schedule", description = "Replaces every field. Send the version you read; a stale version gets 409.")
    public ScheduleView update(@PathParam("id") UUID id, @Valid @NotNull ScheduleRequest request) {
        return schedules.update(id, request);
    }

    @POST
    @Path("/{id}/pause")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Pause a schedule", description = "No new cycles open until it is resumed. Idempotent.")
    public ScheduleView pause(@PathParam("id") UUID id) {
        return schedules.setPaused(id, true);
    }

    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Resume a schedule", description = "Idempotent.")
    public ScheduleView resume(@PathParam("id") UUID id) {
        return schedules.setPaused(id, false);
    }

    @GET
    @Path("/{id}/preview")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.LEADER })
    @Operation(summary = "Preview the coming send instants",
            description = "Lists the cycles between from and to (inclusive; default today and 8 weeks later, at most 366 days apart) and, per time zone of the team's members, the local time and UTC instant of the prompt. Shows cycles moved off weekends and public holidays and why. Access as for reading a schedule.")
    public SchedulePreview preview(@PathParam("id") UUID id,
            @QueryParam("from") @Parameter(description = "First date, e.g. 2026-03-01", example = "2026-03-01") String from,
            @QueryParam("to") @Parameter(description = "Last date, e.g. 2026-04-30", example = "2026-04-30") String to) {
        checkCanRead(id);
        return schedules.preview(id, date("from", from), date("to", to));
    }

    /**
     * 404 for an unknown id only to HR. A leader gets the same 403 for an unknown id as for another team's schedule,
     * so trying ids does not tell which schedules exist.
     */
    private void checkCanRead(UUID id) {
        if (access.isHrAdmin()) {
            ScheduleService.find(id);
            return;
        }
        access.checkCanRead(schedules.teamOf(id).orElseThrow(() -> ApiException.forbidden(NOT_YOUR_TEAM)));
    }

    // Parsed here rather than by the REST layer so a bad date names its parameter.
    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be a date such as 2026-03-01");
        }
        if (!DateBounds.contains(date)) {
            throw ApiException.invalid(name, DateBounds.REASON);
        }
        return date;
    }
}
