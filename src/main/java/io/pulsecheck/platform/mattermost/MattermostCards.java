package io.pulsecheck.platform.mattermost;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.LeaderCardFit;
import io.pulsecheck.platform.TextFit;

/**
 * A {@link LeaderCard} as a Mattermost incoming-webhook post with one attachment. People's text is escaped; when the
 * texts together would exceed {@link MattermostLimits#POST_TEXT}, the longest sections are shortened and say how many
 * items they show.
 */
final class MattermostCards {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MattermostCards() {
    }

    /**
     * The webhook body; {@code channel} {@code @username} makes it a direct message, null posts to the hook's channel.
     *
     * @param locale the leader's locale, for the count of left-out items
     */
    static JsonNode render(LeaderCard card, String username, String locale) {
        LeaderCard fitted = LeaderCardFit.fit(card, MattermostLimits.ITEM_TEXT,
                candidate -> textLength(body(candidate, username)) <= MattermostLimits.POST_TEXT, locale);
        return body(fitted, username);
    }

    /** Characters of every text Mattermost shows from the post: the message and the attachment's texts. */
    static int textLength(JsonNode body) {
        int length = body.path("text").asText().length();
        for (JsonNode attachment : body.path("attachments")) {
            for (String field : new String[] {"fallback", "pretext", "title", "text"}) {
                length += attachment.path(field).asText().length();
            }
            for (JsonNode field : attachment.path("fields")) {
                length += field.path("title").asText().length() + field.path("value").asText().length();
            }
        }
        return length;
    }

    private static ObjectNode body(LeaderCard card, String username) {
        ObjectNode body = JSON.objectNode();
        if (username != null) {
            body.put("channel", "@" + username);
        }
        body.put("text", "#### " + MattermostText.escape(TextFit.oneLine(card.title())));
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("fallback", MattermostText.plain(card.subtitle() == null ? card.title()
                : card.title() + "\n" + card.subtitle()));
        attachment.put("color", card.kind() == LeaderCard.Kind.ALERT ? "#C62828" : "#1565C0");
        if (card.subtitle() != null) {
            attachment.put("pretext", MattermostText.escape(card.subtitle()));
        }
        ArrayNode fields = attachment.putArray("fields");
        card.facts().forEach(f -> fields.addObject().put("short", true).put("title", MattermostText.plain(f.label()))
                .put("value", MattermostText.escape(f.value())));
        attachment.put("text", card.sections().stream()
                .map(s -> "**" + MattermostText.escape(s.heading()) + "**\n" + s.items().stream()
                        .map(i -> "- " + MattermostText.escape(TextFit.oneLine(i))).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n")));
        // The reader's own client loads the image, so a URL only reachable inside the company still works here.
        if (card.imageUrl() != null) {
            attachment.put("image_url", card.imageUrl());
        }
        if (card.dashboard() != null) {
            attachment.put("text", attachment.get("text").asText() + "\n\n" + MattermostPrompts.link(card.dashboard()));
        }
        return body;
    }
}
