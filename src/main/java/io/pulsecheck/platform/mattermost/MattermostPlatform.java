package io.pulsecheck.platform.mattermost;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.Reach;

/**
 * Mattermost: prompts as direct messages from the bot account (or, without one, through the configured incoming
 * webhook), leader cards through the subscription's webhook.
 */
@ApplicationScoped
public class MattermostPlatform implements ChatPlatform {

    @Inject
    MattermostPrompts prompts;

    @Inject
    MattermostBotAdapter bot;

    @Override
    public PlatformId id() {
        return PlatformId.MATTERMOST;
    }

    @Override
    public Optional<OutboundMessage> prompt(PromptContent content) {
        return prompts.prompt(content);
    }

    /**
     * Interactive for anyone with a Mattermost user id while the bot (or, until it replaces it, the incoming webhook)
     * is configured: the bot can open a direct channel with any user of its server.
     */
    @Override
    public Reach reach(ChatRecipient recipient) {
        return prompts.canSend() && recipient.platformUserId() != null && !recipient.platformUserId().isBlank()
                ? Reach.INTERACTIVE : Reach.NONE;
    }

    @Override
    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent content) {
        return prompts.leaderPrompt(content);
    }

    /**
     * A direct message from the bot when there is one and the leader has a Mattermost user id; else through the
     * subscription's webhook, to {@code @<roster id>} or the webhook's channel.
     */
    @Override
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        String userId = address.userIdOn(PlatformId.MATTERMOST);
        if (bot.configured() && userId != null) {
            ObjectNode body = (ObjectNode) MattermostCards.render(card, null, address.leader().locale());
            return Optional.of(new OutboundMessage(card.kind().messageKind(), PlatformId.MATTERMOST,
                    bot.destination(), bot.payload(userId, body), null, address.dedupKey()));
        }
        return Optional.of(new OutboundMessage(card.kind().messageKind(), PlatformId.MATTERMOST,
                Destination.webhook(MattermostDestinations.WEBHOOK, address.target().webhookUrl()),
                MattermostCards.render(card, address.userIdOn(PlatformId.MATTERMOST),
                        address.leader().locale()), null, address.dedupKey()));
    }

    @Override
    public boolean acceptsLeaderCards() {
        return true;
    }
}
