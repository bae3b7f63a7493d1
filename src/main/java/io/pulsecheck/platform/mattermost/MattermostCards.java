package io.pulsecheck.platform.mattermost;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.LeaderCard;

/** A {@link LeaderCard} as a Mattermost incoming-webhook post with one attachment; people's text is escaped. */
public final class MattermostCards {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MattermostCards() {
    }

    /** The webhook body; {@code channel} {@code @username} makes it a direct message, null posts to the hook's channel. */
    public static JsonNode render(LeaderCard card, String username) {
        ObjectNode body = JSON.objectNode();
        if (username != null) {
            body.put("channel", "@" + username);
        }
        body.put("text", "#### " + MattermostText.escape(card.title()));
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("fallback", MattermostText.escape(card.plainText()));
        attachment.put("color", card.kind() == LeaderCard.Kind.ALERT ? "#C62828" : "#1565C0");
        if (card.subtitle() != null) {
            attachment.put("pretext", MattermostText.escape(card.subtitle()));
        }
        ArrayNode fields = attachment.putArray("fields");
        card.facts().forEach(f -> fields.addObject().put("short", true).put("title", f.label())
                .put("value", MattermostText.escape(f.value())));
        attachment.put("text", card.sections().stream()
                .map(s -> "**" + MattermostText.escape(s.heading()) + "**\n" + s.items().stream()
                        .map(i -> "- " + MattermostText.escape(i)).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n")));
        if (card.imageUrl() != null) {
            attachment.put("image_url", card.imageUrl());
        }
        if (card.dashboard() != null) {
            attachment.put("text", attachment.get("text").asText() + "\n\n" + MattermostPrompts.link(card.dashboard()));
        }
        return body;
    }
}
