package io.pulsecheck.platform.mattermost;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.config.ApiConfig;

/**
 * The interactive buttons of prompts and replies. Each button's context names the post, cycle, person, question, value
 * and the cycle's close, signed with an HMAC token that the action endpoint verifies, so a forged, re-addressed or
 * late press is refused (docs/CHAT-INTERACTIONS.md, docs/MATTERMOST.md).
 */
@ApplicationScoped
public class MattermostButtons {

    /** Where Mattermost posts a pressed button. */
    static final String ACTIONS_PATH = "/webhooks/mattermost/actions";
    /** Id and value of the button that skips a question. */
    static final String SKIP = "skip";

    @Inject
    MattermostActionTokens tokens;

    @Inject
    ApiConfig api;

    /**
     * One button.
     *
     * @param question the question id, or the pseudo-question of the final Submit
     * @param value the answer value, or {@code skip}/the Submit marker
     */
    ObjectNode button(String id, String name, MattermostActionTokens.Binding binding, String question, String value) {
        ObjectNode button = JsonNodeFactory.instance.objectNode().put("id", id).put("name", name);
        ObjectNode integration = button.putObject("integration").put("url", api.publicBaseUrl() + ACTIONS_PATH);
        integration.set("context", context(binding, question, value));
        return button;
    }

    /** A button's signed context. */
    ObjectNode context(MattermostActionTokens.Binding binding, String question, String value) {
        return JsonNodeFactory.instance.objectNode()
                .put("cycle", binding.cycleId().toString())
                .put("person", binding.personId().toString())
                .put("post", binding.post())
                .put("question", question)
                .put("value", value)
                .put("expires", binding.expires())
                .put("token", tokens.sign(binding, question, value));
    }

    /** The binding shared by the buttons of one message about a cycle's check-in. */
    MattermostActionTokens.Binding binding(String post, UUID cycleId, UUID personId) {
        return tokens.binding(post, cycleId, personId);
    }
}
