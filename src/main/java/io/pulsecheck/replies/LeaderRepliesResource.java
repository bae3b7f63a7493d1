package io.pulsecheck.replies;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Roles;
import io.pulsecheck.teams.Team;
import io.pulsecheck.teams.TeamAccess;

/**
 * The leader's side of reply threads: the shown comments of their team that invite replies, and their answers. Only
 * the team's leaders: the conversation is between a writer and the leaders they wrote to.
 */
// Same class path as the team administration resource, so the router merges them instead of shadowing one.
@Path("/api/v1/teams")
@Tag(name = "Replies")
@SecurityRequirement(name = "jwt")
@RolesAllowed({ Roles.HR_ADMIN, Roles.LEADER })
public class LeaderRepliesResource {

    @Inject
    ReplyThreads threads;

    @Inject
    TeamAccess access;

    /** @param body the leader's reply */
    @Schema(name = "LeaderReply")
    public record ReplyRequest(String body) {
    }

    @GET
    @Path("{id}/reply-threads")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The team's comments that invite replies, with their conversations (leaders of the team only)",
            description = "Only comments that are shown (released check-in, comment threshold reached) and whose thread is not expired; nothing says who wrote one. A conversation is between the writer and their leaders: HR does not read it.")
    public List<ReplyThreadView> list(@PathParam("id") UUID teamId) {
        checkLeads(teamId);
        return threads.ofTeam(teamId);
    }

    @POST
    @Path("{id}/reply-threads/{commentId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to a comment that invites replies (leaders of the team only)",
            description = "400 for an empty text or one over 2,000 characters, 404 when the team shows no such thread, 410 once it is closed.")
    public Response reply(@PathParam("id") UUID teamId, @PathParam("commentId") UUID commentId,
            ReplyRequest request) {
        checkLeads(teamId);
        if (request == null) {
            throw ApiException.invalid("body", "must not be empty");
        }
        return Response.status(Response.Status.CREATED).entity(threads.replyAsLeader(teamId, commentId,
                request.body())).build();
    }

    private void checkLeads(UUID teamId) {
        access.currentLeader().filter(person -> Team.isLedBy(teamId, person.id))
                .orElseThrow(() -> ApiException.forbidden("Only a leader of the team may read and answer its replies"));
    }
}
