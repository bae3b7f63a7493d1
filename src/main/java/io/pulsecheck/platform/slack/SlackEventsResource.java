package io.pulsecheck.platform.slack;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.platform.InboundBody;

/** Slack Events API: the URL handshake and direct messages (typed answers and commands). */
@Path("/webhooks/slack/events")
@Tag(name = "Webhooks")
@PermitAll
public class SlackEventsResource {

    @Inject
    SlackRequestVerifier verifier;

    @Inject
    Validator validator;

    @Inject
    SlackHandler handler;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a Slack event",
            description = "Authenticated by X-Slack-Signature (v0) over the raw body; timestamps more than five "
                    + "minutes off are refused. Answers url_verification with its challenge; direct messages are "
                    + "commands or typed answers, replied to through the outbox. A repeated event_id is acknowledged "
                    + "without effect when X-Slack-Retry-Num is set and refused with 409 otherwise. app_rate_limited is "
                    + "acknowledged with 200 and ignored, like event callbacks that need no action.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SlackEventEnvelope.class)))
    public Response receive(byte[] body,
            @HeaderParam(SlackSignature.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SlackSignature.SIGNATURE_HEADER) String signature,
            @HeaderParam(SlackSignature.RETRY_NUM_HEADER) String retryNum) throws JsonProcessingException {
        byte[] raw = verifier.verified(body, timestamp, signature);
        SlackEventEnvelope envelope = InboundBody.json(raw, SlackEventEnvelope.class, validator);
        if (SlackEventEnvelope.URL_VERIFICATION.equals(envelope.type())) {
            if (envelope.challenge() == null || envelope.challenge().isBlank()) {
                throw ApiException.invalid("challenge", "must not be blank");
            }
            return Response.ok(Map.of("challenge", envelope.challenge())).build();
        }
        if (SlackEventEnvelope.APP_RATE_LIMITED.equals(envelope.type())) {
            // Slack only informs us that it dropped events for a minute; an error would count against the app.
            return Response.ok().build();
        }
        if (!SlackEventEnvelope.EVENT_CALLBACK.equals(envelope.type())) {
            throw ApiException.invalid("type", "must be url_verification, event_callback or app_rate_limited");
        }
        if (envelope.eventId() == null || envelope.eventId().isBlank()) {
            throw ApiException.invalid("event_id", "must not be blank");
        }
        handler.event(envelope, retryNum != null);
        return Response.ok().build();
    }
}
