package io.pulsecheck.platform;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link ChatCard} as each platform's final JSON body. Comment text comes from employees, so it is escaped
 * for each platform's markup and cannot mention or ping anyone.
 */
public final class ChatPayloads {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int SLACK_HEADER_MAX = 150;
    private static final int SLACK_TEXT_MAX = 3000;
    private static final int SLACK_FIELDS_MAX = 10;

    private ChatPayloads() {
    }

    /** Slack {@code chat.postMessage} body with Block Kit blocks; {@code channel} is the leader's user id (a DM). */
    public static JsonNode slack(ChatCard card, String slackUserId) {
        ObjectNode body = JSON.objectNode();
        body.put("channel", slackUserId);
        body.put("text", truncate(card.title(), SLACK_HEADER_MAX));
        body.put("unfurl_links", false);
        ArrayNode blocks = body.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", truncate(card.title(), SLACK_HEADER_MAX));
        if (card.subtitle() != null) {
            ObjectNode context = blocks.addObject().put("type", "context");
            context.putArray("elements").addObject().put("type", "mrkdwn").put("text", slackEscape(card.subtitle()));
        }
        if (!card.facts().isEmpty()) {
            ObjectNode section = blocks.addObject().put("type", "section");
            ArrayNode fields = section.putArray("fields");
            card.facts().stream().limit(SLACK_FIELDS_MAX).forEach(f -> fields.addObject().put("type", "mrkdwn")
                    .put("text", "*" + slackEscape(f.label()) + "*\n" + slackEscape(f.value())));
        }
        if (card.imageUrl() != null) {
            blocks.addObject().put("type", "image").put("image_url", card.imageUrl()).put("alt_text", card.imageAlt());
        }
        for (ChatCard.Section s : card.sections()) {
            blocks.addObject().put("type", "divider");
            String text = "*" + slackEscape(s.heading()) + "*\n"
                    + s.items().stream().map(i -> "• " + slackEscape(i)).collect(Collectors.joining("\n"));
            blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                    .put("text", truncate(text, SLACK_TEXT_MAX));
        }
        return body;
    }

    /** Mattermost incoming-webhook body; {@code channel} {@code @username} makes it a direct message. */
    public static JsonNode mattermost(ChatCard card, String username) {
        ObjectNode body = JSON.objectNode();
        if (username != null) {
            body.put("channel", "@" + username);
        }
        body.put("text", "#### " + mattermostEscape(card.title()));
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("fallback", mattermostEscape(card.plainText()));
        attachment.put("color", "alert".equals(card.kind()) ? "#C62828" : "#1565C0");
        if (card.subtitle() != null) {
            attachment.put("pretext", mattermostEscape(card.subtitle()));
        }
        ArrayNode fields = attachment.putArray("fields");
        card.facts().forEach(f -> fields.addObject().put("short", true).put("title", f.label())
                .put("value", mattermostEscape(f.value())));
        attachment.put("text", card.sections().stream()
                .map(s -> "**" + mattermostEscape(s.heading()) + "**\n" + s.items().stream()
                        .map(i -> "- " + mattermostEscape(i)).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n")));
        if (card.imageUrl() != null) {
            attachment.put("image_url", card.imageUrl());
        }
        return body;
    }

    /** Microsoft Teams Workflows webhook body: a message with one Adaptive Card attachment. */
    public static JsonNode teams(ChatCard card) {
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
        for (ChatCard.Section s : card.sections()) {
            items.addObject().put("type", "TextBlock").put("text", s.heading()).put("weight", "Bolder")
                    .put("separator", true).put("wrap", true);
            items.addObject().put("type", "TextBlock").put("wrap", true).put("text", s.items().stream()
                    .map(i -> "- " + teamsEscape(i)).collect(Collectors.joining("\r")));
        }
        return body;
    }

    /** Google Chat space webhook body: fallback text plus one Cards v2 card. */
    public static JsonNode googleChat(ChatCard card) {
        ObjectNode body = JSON.objectNode();
        body.put("text", card.title());
        ObjectNode wrapper = body.putArray("cardsV2").addObject();
        wrapper.put("cardId", "pulsecheck-" + card.kind());
        ObjectNode inner = wrapper.putObject("card");
        ObjectNode header = inner.putObject("header").put("title", card.title());
        if (card.subtitle() != null) {
            header.put("subtitle", card.subtitle());
        }
        ArrayNode sections = inner.putArray("sections");
        if (!card.facts().isEmpty() || card.imageUrl() != null) {
            ArrayNode widgets = sections.addObject().putArray("widgets");
            card.facts().forEach(f -> widgets.addObject().putObject("decoratedText").put("topLabel", f.label())
                    .put("text", htmlEscape(f.value())));
            if (card.imageUrl() != null) {
                widgets.addObject().putObject("image").put("imageUrl", card.imageUrl()).put("altText", card.imageAlt());
            }
        }
        for (ChatCard.Section s : card.sections()) {
            ObjectNode section = sections.addObject().put("header", s.heading());
            section.putArray("widgets").addObject().putObject("textParagraph").put("text",
                    s.items().stream().map(i -> "• " + htmlEscape(i)).collect(Collectors.joining("<br>")));
        }
        return body;
    }

    /** Generic webhook body: the card as structured JSON for any gateway. */
    public static JsonNode generic(ChatCard card, String recipientUserId, String locale) {
        ObjectNode body = JSON.objectNode();
        body.put("type", "leader." + card.kind());
        ObjectNode recipient = body.putObject("recipient");
        recipient.put("platform", "webhook").put("userId", recipientUserId).put("locale", locale);
        body.put("title", card.title());
        body.put("subtitle", card.subtitle());
        ArrayNode facts = body.putArray("facts");
        card.facts().forEach(f -> facts.addObject().put("label", f.label()).put("value", f.value()));
        body.put("imageUrl", card.imageUrl());
        ArrayNode sections = body.putArray("sections");
        card.sections().forEach(s -> {
            ObjectNode section = sections.addObject().put("heading", s.heading());
            ArrayNode items = section.putArray("items");
            s.items().forEach(items::add);
        });
        body.put("text", card.plainText());
        return body;
    }

    public static String slackEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Markdown-safe and mention-safe: a zero-width space after {@code @} stops {@code @channel} pings. */
    public static String mattermostEscape(String text) {
        return text.replace("@", "@\u200B").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String teamsEscape(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String htmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
