package io.pulsecheck.platform.googlechat;

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
 * A {@link LeaderCard} as a Google Chat space webhook body: fallback text plus one Cards v2 card. Every text is
 * escaped for its field; when the message would exceed {@link GoogleChatLimits#MESSAGE_BYTES}, the longest sections
 * are shortened and say how many items they show.
 */
final class GoogleChatCards {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private GoogleChatCards() {
    }

    /** @param locale the leader's locale, for the count of left-out items */
    static JsonNode render(LeaderCard card, String locale) {
        return body(LeaderCardFit.fit(card, GoogleChatLimits.ITEM_TEXT,
                candidate -> bytes(body(candidate)) <= GoogleChatLimits.MESSAGE_BYTES, locale));
    }

    /** Size of the body as sent (see {@link WireSize}). */
    static int bytes(JsonNode body) {
        return WireSize.bytes(body);
    }

    private static ObjectNode body(LeaderCard card) {
        String title = TextFit.oneLine(card.title());
        ObjectNode body = JSON.objectNode();
        body.put("text", TextFit.truncate(GoogleChatText.plain(title), GoogleChatLimits.MESSAGE_TEXT));
        ObjectNode wrapper = body.putArray("cardsV2").addObject();
        wrapper.put("cardId", "pulsecheck-" + card.kind().wireName());
        ObjectNode inner = wrapper.putObject("card");
        // Header title and subtitle and a decorated text's top label are plain text: shown as typed.
        ObjectNode header = inner.putObject("header").put("title", title);
        if (card.subtitle() != null) {
            header.put("subtitle", card.subtitle());
        }
        ArrayNode sections = inner.putArray("sections");
        // Google only shows an image it can fetch from the public internet over HTTPS; the card is posted either way,
        // and PublicBaseUrlCheck warns the operator.
        boolean image = card.imageUrl() != null;
        if (!card.facts().isEmpty() || image) {
            ArrayNode widgets = sections.addObject().putArray("widgets");
            card.facts().forEach(f -> widgets.addObject().putObject("decoratedText").put("topLabel", f.label())
                    .put("text", GoogleChatText.escape(f.value())));
            if (image) {
                widgets.addObject().putObject("image").put("imageUrl", card.imageUrl()).put("altText", card.imageAlt());
            }
        }
        for (LeaderCard.Section s : card.sections()) {
            ObjectNode section = sections.addObject().put("header", GoogleChatText.escape(s.heading()));
            section.putArray("widgets").addObject().putObject("textParagraph").put("text", s.items().stream()
                    .map(i -> "• " + GoogleChatText.escape(TextFit.oneLine(i))).collect(Collectors.joining("<br>")));
        }
        if (card.dashboard() != null) {
            ObjectNode button = sections.addObject().putArray("widgets").addObject().putObject("buttonList")
                    .putArray("buttons").addObject().put("text", card.dashboard().label());
            button.putObject("onClick").putObject("openLink").put("url", card.dashboard().url());
        }
        return body;
    }
}
