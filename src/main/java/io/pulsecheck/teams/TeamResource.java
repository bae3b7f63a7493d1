package io.pulsecheck.teams;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.api.Page;
import io.pulsecheck.common.api.Paging;
import io.pulsecheck.common.security.Roles;

@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Teams and departments, their leaders, members and anonymity thresholds")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.HR_ADMIN)
public class TeamResource {

    @Inject
    TeamService teams;

    @Inject
    TeamAccess access;

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.LEADER })
    @Operation(summary = "List teams",
            description = "Sorted by name, then id. HR admins see every team; a leader sees only the teams they lead. Filter by parentId for a department's teams.")
    public Page<TeamView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size,
            @QueryParam("parentId") UUID parentId) {
        if (access.isHrAdmin()) {
            return teams.list(page, size, parentId, null);
        }
        return access.currentLeader()
                .map(leader -> teams.list(page, size, parentId, leader.id))
                .orElseGet(() -> new Page<>(List.of(), page, size, 0));
    }

    @POST
    @Operation(summary = "Create a team", description = "Names are unique among teams (409). k and the comment threshold, if given, are at least 3.")
    public Response create(@Valid @NotNull TeamRequest request) {
        TeamView created = teams.create(request);
        return Response.created(URI.create("/api/v1/teams/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.LEADER })
    @Operation(summary = "Read a team", description = "A leader may read only the teams they lead (403 otherwise).")
    public TeamView get(@PathParam("id") UUID id) {
        access.checkCanRead(id);
        return teams.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a team", description = "Replaces name, parent, leaders and thresholds. Send the version you read; a stale version gets 409.")
    public TeamView update(@PathParam("id") UUID id, @Valid @NotNull TeamRequest request) {
        return teams.update(id, request);
    }

    // HR only: each member's status (paused, opted out) is theirs. Leaders get the member count of the team view.
    @GET
    @Path("/{id}/members")
    @Operation(summary = "List a team's members",
            description = "Sorted by display name, then id, with each member's status. HR admins only: leaders see no per-person status, only the team's memberCount.")
    public Page<PersonView> members(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return teams.members(id, page, size);
    }

    @POST
    @Path("/{id}/members")
    @Operation(summary = "Add a member", description = "Adds an existing person (personId) or creates one (person). 409 if they are a member already.")
    public Response addMember(@PathParam("id") UUID id, @Valid @NotNull AddMemberRequest request) {
        PersonView added = teams.addMember(id, request);
        return Response.created(URI.create("/api/v1/people/" + added.id())).entity(added).build();
    }

    @DELETE
    @Path("/{id}/members/{personId}")
    @Operation(summary = "Remove a member", description = "The person stays on the roster; 404 if they are not a member.")
    public Response removeMember(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        teams.removeMember(id, personId);
        return Response.noContent().build();
    }
}
