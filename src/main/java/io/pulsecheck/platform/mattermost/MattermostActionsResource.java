package io.pulsecheck.platform.mattermost;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.platform.InboundBody;

/** Mattermost interactive buttons of the one-question-at-a-time check-in. */
@Path(MattermostButtons.ACTIONS_PATH)
@Tag(name = "Webhooks")
@PermitAll
public class MattermostActionsResource {

    @Inject
    ApiConfig api;

    @Inject
    Validator validator;

    @Inject
    MattermostActionTokens tokens;

    @Inject
    MattermostHandler handler;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a Mattermost button press",
            description = "Authenticated by the HMAC token in the button's context (over post, cycle, person, "
                    + "question, value and the cycle's close); Mattermost does not sign the request itself. The "
                    + "presser's user_id must be the person's, the post_id the token's post; a token past the "
                    + "cycle's close is refused. Records the answer and answers with an update showing the next "
                    + "question, the closing comment step or the thank-you. A repeated trigger_id, or a second "
                    + "press on the same step of a post, is refused with 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MattermostActionRequest.class)))
    public ObjectNode receive(byte[] body) throws JsonProcessingException {
        byte[] raw = InboundBody.orEmpty(body);
        InboundBody.checkSize(raw, api.maxBodySize().asLongValue());
        // The token travels inside the JSON, so the body is read first; nothing else happens before it is checked.
        MattermostActionRequest request = InboundBody.json(raw, MattermostActionRequest.class, validator);
        tokens.verify(request);
        return handler.press(request);
    }
}
