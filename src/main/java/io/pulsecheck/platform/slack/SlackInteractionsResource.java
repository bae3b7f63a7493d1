package io.pulsecheck.platform.slack;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.platform.InboundBody;

/** Slack interactivity: the Submit of a whole pulse ({@code block_actions}). */
@Path("/webhooks/slack/interactions")
@Tag(name = "Webhooks")
@PermitAll
public class SlackInteractionsResource {

    @Inject
    SlackRequestVerifier verifier;

    @Inject
    Validator validator;

    @Inject
    SlackHandler handler;

    @Inject
    SlackReplyCodes replyCodes;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive a Slack interaction",
            description = "Form-encoded payload field with a block_actions interaction, authenticated by "
                    + "X-Slack-Signature (v0) over the raw body. The pulse_submit button seals the answers "
                    + "anonymously; the thank-you replaces the original message through response_url after the "
                    + "acknowledgement. With a comment and the replies box ticked, the writer's reply code is posted "
                    + "to their direct message with the app before the acknowledgement (never queued or stored). The App Home buttons (home_pause, home_resume, home_stop, home_language) "
                    + "act like the commands and republish the home. An identical request again is refused with 409.")
    public Response receive(byte[] body,
            @HeaderParam(SlackSignature.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SlackSignature.SIGNATURE_HEADER) String signature) throws JsonProcessingException {
        byte[] raw = verifier.verified(body, timestamp, signature);
        String payload = InboundBody.form(raw).get("payload");
        if (payload == null) {
            throw ApiException.invalid("payload", "must not be missing");
        }
        SlackInteraction interaction = InboundBody.json(payload, SlackInteraction.class, validator);
        if (!SlackInteraction.BLOCK_ACTIONS.equals(interaction.type())) {
            throw ApiException.invalid("type", "must be block_actions");
        }
        String actionId = interaction.actions().get(0).actionId();
        if (actionId != null && actionId.startsWith(SlackHome.ACTION_PREFIX)) {
            handler.homeAction(interaction, signature.strip());
            return Response.ok().build();
        }
        if (!SlackInteraction.SUBMIT_ACTION.equals(actionId)) {
            // Other elements need no handling: answers are read from the state when Submit is clicked.
            return Response.ok().build();
        }
        // After the commit: a code must be handed out only for a comment that is stored.
        handler.submit(interaction, signature.strip()).ifPresent(replyCodes::send);
        return Response.ok().build();
    }
}
