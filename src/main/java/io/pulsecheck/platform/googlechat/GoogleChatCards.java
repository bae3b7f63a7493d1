package io.pulsecheck.platform.googlechat;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.LeaderCard;

/** A {@link LeaderCard} as a Google Chat space webhook body: fallback text plus one Cards v2 card. */
public final class GoogleChatCards {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private GoogleChatCards() {
    }

    public static JsonNode render(LeaderCard card) {
        ObjectNode body = JSON.objectNode();
        body.put("text", card.title());
        ObjectNode wrapper = body.putArray("cardsV2").addObject();
        wrapper.put("cardId", "pulsecheck-" + card.kind().wireName());
        ObjectNode inner = wrapper.putObject("card");
        ObjectNode header = inner.putObject("header").put("title", card.title());
        if (card.subtitle() != null) {
            header.put("subtitle", card.subtitle());
        }
        ArrayNode sections = inner.putArray("sections");
        if (!card.facts().isEmpty() || card.imageUrl() != null) {
            ArrayNode widgets = sections.addObject().putArray("widgets");
            card.facts().forEach(f -> widgets.addObject().putObject("decoratedText").put("topLabel", f.label())
                    .put("text", GoogleChatText.escape(f.value())));
            if (card.imageUrl() != null) {
                widgets.addObject().putObject("image").put("imageUrl", card.imageUrl()).put("altText", card.imageAlt());
            }
        }
        for (LeaderCard.Section s : card.sections()) {
            ObjectNode section = sections.addObject().put("header", s.heading());
            section.putArray("widgets").addObject().putObject("textParagraph").put("text",
                    s.items().stream().map(i -> "• " + GoogleChatText.escape(i)).collect(Collectors.joining("<br>")));
        }
        if (card.dashboard() != null) {
            ObjectNode button = sections.addObject().putArray("widgets").addObject().putObject("buttonList")
                    .putArray("buttons").addObject().put("text", card.dashboard().label());
            button.putObject("onClick").putObject("openLink").put("url", card.dashboard().url());
        }
        return body;
    }
}
