package io.pulsecheck.platform.mattermost;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;

/**
 * Mattermost: prompts as direct messages from the bot account (or, without one, through the configured incoming
 * webhook), leader cards through the subscription's webhook.
 */
@ApplicationScoped
public class MattermostPlatform implements ChatPlatform {

    @Inject
    MattermostPrompts prompts;

    @Override
    public PlatformId id() {
        return PlatformId.MATTERMOST;
    }

    @Override
    public Optional<OutboundMessage> prompt(PromptContent content) {
        return prompts.prompt(content);
    }

    @Override
    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent content) {
        return prompts.leaderPrompt(content);
    }

    /** A direct message when the leader has a Mattermost username, else a post to the webhook's channel. */
    @Override
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
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
