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
                    + "(compared in constant time). help, pause [days|yyyy-mm-dd], stop, resume and language de|en; "
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
        String userName = form.get("user_name");
        if (userName == null || userName.isBlank() || userName.length() > 128) {
            throw ApiException.invalid("user_name", "must be a Mattermost username");
        }
        String text = form.get("text");
        if (text != null && text.length() > 4000) {
            throw ApiException.invalid("text", "must be at most 4000 characters");
        }
        return handler.command(userName, text, form.get("trigger_id"));
    }
}
