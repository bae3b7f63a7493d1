package io.pulsecheck.digest;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.ChatCard;
import io.pulsecheck.platform.ChatPayloads;
import io.pulsecheck.teams.Person;

/** Turns a card into the outbox message for the leader's chosen channel. */
final class LeaderDelivery {

    private LeaderDelivery() {
    }

    static OutboundMessage message(String kind, DigestSubscription subscription, Person leader, ChatCard card,
            String dedupKey) {
        Destination destination;
        JsonNode payload;
        switch (subscription.channel) {
            case SLACK -> {
                destination = Destination.slackApi(subscription.workspace);
                payload = ChatPayloads.slack(card, leader.platformUserId);
            }
            case MATTERMOST -> {
                destination = Destination.webhook(Destination.MATTERMOST_WEBHOOK, subscription.webhookUrl);
                payload = ChatPayloads.mattermost(card,
                        "mattermost".equals(leader.platform) ? leader.platformUserId : null);
            }
            case TEAMS -> {
                destination = Destination.webhook(Destination.TEAMS_WEBHOOK, subscription.webhookUrl);
                payload = ChatPayloads.teams(card);
            }
            case GOOGLE_CHAT -> {
                destination = Destination.webhook(Destination.GOOGLE_CHAT_WEBHOOK, subscription.webhookUrl);
                payload = ChatPayloads.googleChat(card);
            }
            case WEBHOOK -> {
                destination = Destination.webhook(Destination.GENERIC_WEBHOOK, subscription.webhookUrl);
                payload = ChatPayloads.generic(card, leader.platformUserId, leader.locale);
            }
            default -> throw new IllegalStateException("Digests cannot be sent to " + subscription.channel);
        }
        return new OutboundMessage(kind, subscription.channel, destination, payload, null, dedupKey)
                .toPerson(leader.id);
    }
}
