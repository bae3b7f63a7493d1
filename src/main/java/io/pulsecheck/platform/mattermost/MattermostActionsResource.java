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
import io.pulsecheck.common.security.ActionTokens;
import io.pulsecheck.platform.InboundBody;

/** Mattermost interactive buttons of the one-question-at-a-time check-in. */
@Path(MattermostPrompts.ACTIONS_PATH)
@Tag(name = "Webhooks")
@PermitAll
public class MattermostActionsResource {

    @Inject
    ApiConfig api;

    @Inject
    Validator validator;

    @Inject
    ActionTokens tokens;

    @Inject
    MattermostHandler handler;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a Mattermost button press",
            description = "Authenticated by the HMAC token in the button's context (over cycle, person, question "
                    + "and value); Mattermost does not sign the request itself. Records the answer and answers with "
                    + "an update showing the next question, the closing comment step or the thank-you. A repeated "
                    + "trigger_id is refused with 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MattermostActionRequest.class)))
    public ObjectNode receive(byte[] body) throws JsonProcessingException {
        byte[] raw = InboundBody.orEmpty(body);
        InboundBody.checkSize(raw, api.maxBodySize().asLongValue());
        // The token travels inside the JSON, so the body is read first; nothing else happens before it is checked.
        MattermostActionRequest request = InboundBody.json(raw, MattermostActionRequest.class, validator);
        MattermostActionRequest.Context context = request.context();
        if (!tokens.verify(context.token(), context.cycle(), context.person(), context.question(),
                context.value())) {
            throw InboundBody.unauthorized("The action token does not match the button");
        }
        return handler.press(request);
    }
}
