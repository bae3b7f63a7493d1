package io.pulsecheck.platform.webhook;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

/** The generic signed JSON webhook: events for a gateway that renders them itself (docs/WEBHOOK.md). */
@ApplicationScoped
public class WebhookPlatform implements ChatPlatform {

    @Inject
    WebhookPrompts prompts;

    @Inject
    WebhookConfig config;

    @Override
    public PlatformId id() {
        return PlatformId.WEBHOOK;
    }

    /** Interactive for a gateway user id when the gateway URL is configured; the gateway renders the questions. */
    @Override
    public Reach reach(ChatRecipient recipient) {
        boolean configured = config.url().filter(value -> !value.isBlank()).isPresent();
        return configured && recipient.platform() == PlatformId.WEBHOOK && recipient.platformUserId() != null
                && !recipient.platformUserId().isBlank() ? Reach.INTERACTIVE : Reach.NONE;
    }

    @Override
    public Optional<OutboundMessage> prompt(PromptContent content) {
        return prompts.prompt(content);
    }

    @Override
    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent content) {
        return prompts.leaderPrompt(content);
    }

    /** The card as structured JSON; the recipient is the leader's own user id and locale, whatever their platform. */
    @Override
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        return Optional.of(new OutboundMessage(card.kind().messageKind(), PlatformId.WEBHOOK,
                Destination.webhook(WebhookDestinations.GENERIC, address.target().webhookUrl()),
                WebhookCards.render(card, address.leader().platformUserId(), address.leader().locale()), null,
                address.dedupKey()));
    }

    @Override
    public boolean acceptsLeaderCards() {
        return true;
    }
}
