package io.pulsecheck.platform.teams;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.LeaderCardFit;
import io.pulsecheck.platform.TextFit;
import io.pulsecheck.platform.WireSize;

/**
 * A {@link LeaderCard} as a Microsoft Teams Workflows webhook body: a message with one Adaptive Card attachment. Every
 * text is escaped; when the card would exceed {@link TeamsLimits#MESSAGE_BYTES}, the longest sections are shortened
 * and say how many items they show.
 */
final class TeamsCards {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TeamsCards() {
    }

    /** @param locale the leader's locale, for the count of left-out items */
    static JsonNode render(LeaderCard card, String locale) {
        return body(LeaderCardFit.fit(card, TeamsLimits.ITEM_TEXT,
                candidate -> bytes(body(candidate)) <= TeamsLimits.MESSAGE_BYTES, locale));
    }

    /** Size of the body as sent (see {@link WireSize}). */
    static int bytes(JsonNode body) {
        return WireSize.bytes(body);
    }

    private static ObjectNode body(LeaderCard card) {
        ObjectNode body = JSON.objectNode();
        body.put("type", "message");
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode content = attachment.putObject("content");
        content.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        content.put("type", "AdaptiveCard");
        content.put("version", TeamsLimits.CARD_VERSION);
        ArrayNode items = content.putArray("body");
        items.addObject().put("type", "TextBlock").put("text", TeamsText.escape(TextFit.oneLine(card.title())))
                .put("weight", "Bolder").put("size", "Medium").put("wrap", true);
        if (card.subtitle() != null) {
            items.addObject().put("type", "TextBlock").put("text", TeamsText.escape(card.subtitle()))
                    .put("isSubtle", true).put("spacing", "None").put("wrap", true);
        }
        if (!card.facts().isEmpty()) {
            ArrayNode facts = items.addObject().put("type", "FactSet").putArray("facts");
            card.facts().forEach(f -> facts.addObject().put("title", TeamsText.escape(f.label()))
                    .put("value", TeamsText.escape(f.value())));
        }
        // Teams fetches the image itself: from a private or plain-http URL it shows an empty frame but still posts the
        // card, and PublicBaseUrlCheck warns the operator.
        if (card.imageUrl() != null) {
            items.addObject().put("type", "Image").put("url", card.imageUrl()).put("altText", card.imageAlt())
                    .put("size", "Stretch");
        }
        for (LeaderCard.Section s : card.sections()) {
            items.addObject().put("type", "TextBlock").put("text", TeamsText.escape(s.heading()))
                    .put("weight", "Bolder").put("separator", true).put("wrap", true);
            items.addObject().put("type", "TextBlock").put("wrap", true).put("text", s.items().stream()
                    .map(i -> "- " + TeamsText.escape(TextFit.oneLine(i))).collect(Collectors.joining("\r")));
        }
        if (card.dashboard() != null) {
            content.putArray("actions").addObject().put("type", "Action.OpenUrl")
                    .put("title", card.dashboard().label()).put("url", card.dashboard().url());
        }
        return body;
    }
}
