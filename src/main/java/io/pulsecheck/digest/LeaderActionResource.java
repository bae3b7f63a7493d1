package io.pulsecheck.digest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.security.Roles;
import io.pulsecheck.teams.TeamAccess;

// Same class path as the team administration resource, so the router merges them instead of shadowing one.
@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Digest")
@SecurityRequirement(name = "jwt")
@RolesAllowed({ Roles.HR_ADMIN, Roles.LEADER })
public class LeaderActionResource {

    @Inject
    TeamAccess access;

    @Inject
    LeaderActions actions;

    @POST
    @Path("{id}/actions")
    @Operation(summary = "Record what a leader did for the team",
            description = "The team hears about it in its next check-in (\"You said, we did\"); it also appears as an open action in the leader's digest until then.")
    public Response record(@PathParam("id") UUID id, @Valid @NotNull LeaderActionRequest request) {
        access.checkCanRead(id);
        return Response.status(Response.Status.CREATED).entity(actions.record(id, request.description())).build();
    }

    @PUT
    @Path("{id}/actions/{actionId}")
    @Operation(summary = "Reword an action the team has not been told yet",
            description = "409 once a check-in has told the team about it.")
    public LeaderActionView edit(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
            @Valid @NotNull LeaderActionRequest request) {
        access.checkCanRead(id);
        return actions.edit(id, actionId, request.description());
    }

    @GET
    @Path("{id}/actions")
    @Operation(summary = "List the actions recorded for the team", description = "Newest first.")
    public List<LeaderActionView> list(@PathParam("id") UUID id) {
        access.checkCanRead(id);
        return actions.listForTeam(id);
    }
}
