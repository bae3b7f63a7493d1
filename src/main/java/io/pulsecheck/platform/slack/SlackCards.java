package io.pulsecheck.platform.slack;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.LeaderCard;

/**
 * A {@link LeaderCard} as a Slack Block Kit direct message. Comment text comes from employees, so it is escaped and
 * cannot mention or ping anyone.
 */
public final class SlackCards {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int HEADER_MAX = 150;
    private static final int TEXT_MAX = 3000;
    private static final int FIELDS_MAX = 10;

    private SlackCards() {
    }

    /** Slack {@code chat.postMessage} body; {@code channel} is the leader's user id (a DM). */
    public static JsonNode render(LeaderCard card, String slackUserId) {
        ObjectNode body = JSON.objectNode();
        body.put("channel", slackUserId);
        body.put("text", SlackText.truncate(card.title(), HEADER_MAX));
        body.put("unfurl_links", false);
        ArrayNode blocks = body.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", SlackText.truncate(card.title(), HEADER_MAX));
        if (card.subtitle() != null) {
            ObjectNode context = blocks.addObject().put("type", "context");
            context.putArray("elements").addObject().put("type", "mrkdwn")
                    .put("text", SlackText.escape(card.subtitle()));
        }
        if (!card.facts().isEmpty()) {
            ObjectNode section = blocks.addObject().put("type", "section");
            ArrayNode fields = section.putArray("fields");
            card.facts().stream().limit(FIELDS_MAX).forEach(f -> fields.addObject().put("type", "mrkdwn")
                    .put("text", "*" + SlackText.escape(f.label()) + "*\n" + SlackText.escape(f.value())));
        }
        if (card.imageUrl() != null) {
            blocks.addObject().put("type", "image").put("image_url", card.imageUrl()).put("alt_text", card.imageAlt());
        }
        for (LeaderCard.Section s : card.sections()) {
            blocks.addObject().put("type", "divider");
            String text = "*" + SlackText.escape(s.heading()) + "*\n"
                    + s.items().stream().map(i -> "• " + SlackText.escape(i)).collect(Collectors.joining("\n"));
            blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                    .put("text", SlackText.truncate(text, TEXT_MAX));
        }
        if (card.dashboard() != null) {
            blocks.add(SlackPrompts.linkButton(card.dashboard()));
        }
        return body;
    }
}
