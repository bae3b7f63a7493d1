package io.pulsecheck.platform.mattermost;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Hmac;
import io.pulsecheck.platform.InboundBody;

/** The Mattermost slash command {@code /pulse help|pause|stop|resume|language de|en} and typed answers. */
@Path("/webhooks/mattermost/command")
@Tag(name = "Webhooks")
@PermitAll
public class MattermostCommandResource {

    @Inject
    ApiConfig api;

    @Inject
    MattermostConfig config;

    @Inject
    MattermostHandler handler;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive the /pulse slash command",
            description = "Form-encoded as Mattermost sends slash commands, authenticated by the command's token "
                    + "(compared in constant time); the person is found by user_id, and a repeated trigger_id is "
                    + "refused with 409. help, pause [days|yyyy-mm-dd], stop, resume and language de|en; "
                    + "any other text answers the current question of an open check-in or is its closing comment. "
                    + "The reply is an ephemeral message, with buttons when a question is asked.")
    public ObjectNode receive(byte[] body) {
        byte[] raw = InboundBody.orEmpty(body);
        InboundBody.checkSize(raw, api.maxBodySize().asLongValue());
        Map<String, String> form = InboundBody.form(raw);
        String expected = config.commandToken().filter(token -> !token.isBlank()).orElse(null);
        if (expected == null || !Hmac.constantTimeEquals(expected, form.get("token"))) {
            throw InboundBody.unauthorized("The slash command token is missing or wrong");
        }
        // The user id identifies the person; the user name can change and is not read.
        String userId = form.get("user_id");
        if (userId == null || userId.isBlank() || userId.length() > 64) {
            throw ApiException.invalid("user_id", "must be a Mattermost user id");
        }
        // Mattermost sends a fresh trigger_id with every command; without it a replay could not be told apart.
        String triggerId = form.get("trigger_id");
        if (triggerId == null || triggerId.isBlank() || triggerId.length() > 1000) {
            throw ApiException.invalid("trigger_id", "must be the trigger id Mattermost sends");
        }
        String text = form.get("text");
        if (text != null && text.length() > 4000) {
            throw ApiException.invalid("text", "must be at most 4000 characters");
        }
        return handler.command(userId, text, triggerId);
    }
}
