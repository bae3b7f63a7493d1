package io.pulsecheck.platform.mattermost;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.security.ActionTokens;

/**
 * The interactive buttons of prompts and replies. Each button's context names the cycle, person, question and value,
 * signed with an HMAC token that the action endpoint verifies, so a forged press is refused
 * (docs/CHAT-INTERACTIONS.md).
 */
@ApplicationScoped
public class MattermostButtons {

    /** Where Mattermost posts a pressed button. */
    static final String ACTIONS_PATH = "/webhooks/mattermost/actions";
    /** Id and value of the button that skips a question. */
    static final String SKIP = "skip";

    @Inject
    ActionTokens tokens;

    @Inject
    ApiConfig api;

    /**
     * One button.
     *
     * @param question the question id, or the pseudo-question of the final Submit
     * @param value the answer value, or {@code skip}/the Submit marker
     */
    ObjectNode button(String id, String name, UUID cycleId, UUID personId, String question, String value) {
        ObjectNode button = JsonNodeFactory.instance.objectNode().put("id", id).put("name", name);
        ObjectNode integration = button.putObject("integration").put("url", api.publicBaseUrl() + ACTIONS_PATH);
        integration.putObject("context")
                .put("cycle", cycleId.toString())
                .put("person", personId.toString())
                .put("question", question)
                .put("value", value)
                .put("token", tokens.sign(cycleId.toString(), personId.toString(), question, value));
        return button;
    }
}
