package io.pulsecheck.platform.webhook;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;

/**
 * A {@link LeaderCard} as structured JSON for any gateway, which renders and escapes it itself (docs/WEBHOOK.md,
 * schema {@code docs/schemas/webhook/leader-card.schema.json}). Nothing is cut: the gateway knows its own limits.
 */
final class WebhookCards {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private WebhookCards() {
    }

    static JsonNode render(LeaderCard card, String recipientUserId, String locale) {
        ObjectNode body = JSON.objectNode();
        // Random, and stored with the payload, so every retry carries the same id for the gateway to deduplicate.
        body.put("type", "leader." + card.kind().wireName()).put("messageId", UUID.randomUUID().toString());
        ObjectNode recipient = body.putObject("recipient");
        recipient.put("platform", PlatformId.WEBHOOK.wireName()).put("userId", recipientUserId).put("locale", locale);
        body.put("title", card.title());
        body.put("subtitle", card.subtitle());
        ArrayNode facts = body.putArray("facts");
        card.facts().forEach(f -> facts.addObject().put("label", f.label()).put("value", f.value()));
        body.put("imageUrl", card.imageUrl());
        body.put("imageAlt", card.imageUrl() == null ? null : card.imageAlt());
        ArrayNode sections = body.putArray("sections");
        card.sections().forEach(s -> {
            ObjectNode section = sections.addObject().put("heading", s.heading());
            ArrayNode items = section.putArray("items");
            s.items().forEach(items::add);
        });
        if (card.dashboard() != null) {
            body.put("dashboardUrl", card.dashboard().url()).put("dashboardLabel", card.dashboard().label());
        }
        body.put("text", card.plainText());
        return body;
    }
}
