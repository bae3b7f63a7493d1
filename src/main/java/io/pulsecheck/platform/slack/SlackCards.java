package io.pulsecheck.platform.slack;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.LeaderCardFit;
import io.pulsecheck.platform.ListFit;
import io.pulsecheck.platform.PublicUrls;
import io.pulsecheck.platform.TextFit;

/**
 * A {@link LeaderCard} as a Slack Block Kit direct message. Every text is escaped (team names come from HR, comments
 * from employees), long sections are split over several section blocks, and when the card would still exceed
 * {@link SlackLimits} the longest sections are shortened and say how many items they show.
 */
final class SlackCards {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String BULLET = "\u2022 ";

    private SlackCards() {
    }

    /**
     * Slack {@code chat.postMessage} body; {@code channel} is the leader's user id (a DM).
     *
     * @param locale the leader's locale, for the count of left-out items
     */
    static JsonNode render(LeaderCard card, String slackUserId, String locale) {
        LeaderCard fitted = LeaderCardFit.fit(card, SlackLimits.SECTION_TEXT - 200, SlackCards::fits, locale);
        return blocks(fitted, slackUserId);
    }

    private static boolean fits(LeaderCard card) {
        JsonNode blocks = blocks(card, "").get("blocks");
        int sectionText = 0;
        for (JsonNode block : blocks) {
            if ("section".equals(block.path("type").asText())) {
                sectionText += block.path("text").path("text").asText().length();
                for (JsonNode field : block.path("fields")) {
                    sectionText += field.path("text").asText().length();
                }
            }
        }
        return blocks.size() <= SlackLimits.MAX_BLOCKS && sectionText <= SlackLimits.BLOCKS_TEXT;
    }

    private static ObjectNode blocks(LeaderCard card, String slackUserId) {
        ObjectNode body = JSON.objectNode();
        body.put("channel", slackUserId);
        body.put("text", SlackText.plain(SlackText.escape(card.title())));
        body.put("unfurl_links", false);
        ArrayNode blocks = body.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text")
                .put("text", SlackText.truncate(TextFit.oneLine(card.title()), SlackLimits.HEADER_TEXT));
        if (card.subtitle() != null && !card.subtitle().isBlank()) {
            ObjectNode context = blocks.addObject().put("type", "context");
            context.putArray("elements").addObject().put("type", "mrkdwn")
                    .put("text", SlackText.truncate(SlackText.escape(card.subtitle()), SlackLimits.CONTEXT_TEXT));
        }
        // A section holds at most ten fields; further facts (a set's further dimensions, participation) go into the
        // next section instead of being dropped.
        for (int first = 0; first < card.facts().size(); first += SlackLimits.FIELDS) {
            ArrayNode fields = blocks.addObject().put("type", "section").putArray("fields");
            card.facts().subList(first, Math.min(card.facts().size(), first + SlackLimits.FIELDS))
                    .forEach(f -> fields.addObject().put("type", "mrkdwn")
                            .put("text", SlackText.truncate("*" + SlackText.escape(f.label()) + "*\n"
                                    + SlackText.escape(f.value()), SlackLimits.FIELD_TEXT)));
        }
        // Slack refuses the whole message when it cannot download the image.
        if (PublicUrls.isPublicHttps(card.imageUrl())) {
            blocks.addObject().put("type", "image").put("image_url", card.imageUrl())
                    .put("alt_text", SlackText.truncate(card.imageAlt(), SlackLimits.ALT_TEXT));
        }
        for (LeaderCard.Section s : card.sections()) {
            blocks.addObject().put("type", "divider");
            List<String> lines = new ArrayList<>();
            s.items().forEach(item -> lines.add(BULLET + SlackText.escape(TextFit.oneLine(item))));
            ListFit.pack("*" + SlackText.escape(s.heading()) + "*", lines, SlackLimits.SECTION_TEXT, Integer.MAX_VALUE,
                    count -> "").chunks().forEach(chunk -> blocks.addObject().put("type", "section")
                            .putObject("text").put("type", "mrkdwn").put("text", chunk));
        }
        if (card.dashboard() != null) {
            blocks.add(SlackPrompts.linkButton(card.dashboard()));
        }
        return body;
    }
}
