package io.pulsecheck.replies;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.error.ApiException;

/**
 * The writer's side of a reply thread: no bearer token and no account, the reply code in the request body is the only
 * credential (never in the URL, which proxies and access logs record). Errors are problem+json and change nothing.
 */
@Path("/api/v1/reply-threads/by-code")
@Tag(name = "Replies")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WriterRepliesResource {

    @Inject
    ReplyThreads threads;

    /** @param token the reply code from the writer's confirmation */
    @Schema(name = "ReplyCode")
    public record CodeRequest(@Size(max = 200) String token) {
    }

    /**
     * @param token the reply code
     * @param body the writer's answer
     */
    @Schema(name = "WriterAnswer")
    public record AnswerRequest(@Size(max = 200) String token, String body) {
    }

    @POST
    @Operation(summary = "Read the conversation on one's own comment",
            description = "The reply code in the body finds the thread; 404 when none is open for it (a code cannot be recovered or looked up).")
    public ReplyThreadView read(CodeRequest request) {
        if (request == null) {
            throw ApiException.invalid("token", "must not be missing");
        }
        return threads.forWriter(request.token());
    }

    @POST
    @Path("messages")
    @Operation(summary = "Answer the leader in the conversation on one's own comment",
            description = "Stored scrubbed like a comment, without a time. 400 for an empty text or one over 2,000 characters, 404 for an unknown code, 410 once the thread is closed.")
    public Response answer(AnswerRequest request) {
        if (request == null) {
            throw ApiException.invalid("token", "must not be missing");
        }
        return Response.status(Response.Status.CREATED).entity(threads.answerAsWriter(request.token(), request.body()))
                .build();
    }
}
