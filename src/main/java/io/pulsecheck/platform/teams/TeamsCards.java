package io.pulsecheck.platform.teams;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.LeaderCard;

/** A {@link LeaderCard} as a Microsoft Teams Workflows webhook body: a message with one Adaptive Card attachment. */
public final class TeamsCards {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TeamsCards() {
    }

    public static JsonNode render(LeaderCard card) {
        ObjectNode body = JSON.objectNode();
        body.put("type", "message");
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode content = attachment.putObject("content");
        content.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        content.put("type", "AdaptiveCard");
        content.put("version", "1.4");
        ArrayNode items = content.putArray("body");
        items.addObject().put("type", "TextBlock").put("text", card.title()).put("weight", "Bolder")
                .put("size", "Medium").put("wrap", true);
        if (card.subtitle() != null) {
            items.addObject().put("type", "TextBlock").put("text", card.subtitle()).put("isSubtle", true)
                    .put("spacing", "None").put("wrap", true);
        }
        if (!card.facts().isEmpty()) {
            ArrayNode facts = items.addObject().put("type", "FactSet").putArray("facts");
            card.facts().forEach(f -> facts.addObject().put("title", f.label()).put("value", f.value()));
        }
        if (card.imageUrl() != null) {
            items.addObject().put("type", "Image").put("url", card.imageUrl()).put("altText", card.imageAlt())
                    .put("size", "Stretch");
        }
        for (LeaderCard.Section s : card.sections()) {
            items.addObject().put("type", "TextBlock").put("text", s.heading()).put("weight", "Bolder")
                    .put("separator", true).put("wrap", true);
            items.addObject().put("type", "TextBlock").put("wrap", true).put("text", s.items().stream()
                    .map(i -> "- " + TeamsText.escape(i)).collect(Collectors.joining("\r")));
        }
        if (card.dashboard() != null) {
            content.putArray("actions").addObject().put("type", "Action.OpenUrl")
                    .put("title", card.dashboard().label()).put("url", card.dashboard().url());
        }
        return body;
    }
}
