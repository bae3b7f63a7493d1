package io.pulsecheck.platform.googlechat;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptCapacity;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.Reach;

/**
 * Google Chat: prompts, leader prompts and leader cards as direct messages of the Chat app (once the person added
 * it), and leader cards into a space through its incoming webhook.
 */
@ApplicationScoped
public class GoogleChatPlatform implements ChatPlatform {

    @Inject
    GoogleChatPrompts prompts;

    @Inject
    GoogleChatAppConfig config;

    @Override
    public PlatformId id() {
        return PlatformId.GOOGLE_CHAT;
    }

    @Override
    public Optional<OutboundMessage> prompt(PromptContent content) {
        return prompts.prompt(content);
    }

    /**
     * The whole check-in is one card, so its questions share Google's widget limit; how many fit in the message's bytes
     * depends on their texts, and the card counts what it leaves out.
     */
    @Override
    public Optional<PromptCapacity> promptCapacity() {
        return Optional.of(new PromptCapacity(GoogleChatLimits.PROMPT_QUESTIONS, GoogleChatLimits.SELECTION_ITEMS,
                "Google Chat shows " + GoogleChatLimits.CARD_WIDGETS + " widgets per card, "
                        + GoogleChatLimits.PROMPT_OTHER_WIDGETS
                        + " of them for the intro, the leaders' actions, the comment, the opt-in to replies and Submit"));
    }

    /** Interactive once the app can send and the person added it in a direct message. */
    @Override
    public Reach reach(ChatRecipient recipient) {
        return config.canSend() && GoogleChatSpace.ofPerson(recipient.personId()).isPresent() ? Reach.INTERACTIVE
                : Reach.NONE;
    }

    @Override
    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent content) {
        return prompts.leaderPrompt(content);
    }

    /**
     * Into the subscription's space webhook when it has one, else into the leader's direct message with the app (a
     * dead letter HR can see when the leader has removed the app since).
     */
    @Override
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        String webhook = address.target().webhookUrl();
        if (webhook != null) {
            return Optional.of(new OutboundMessage(card.kind().messageKind(), PlatformId.GOOGLE_CHAT,
                    Destination.webhook(GoogleChatDestinations.WEBHOOK, webhook),
                    GoogleChatCards.render(card, address.leader().locale()), null, address.dedupKey()));
        }
        String space = GoogleChatSpace.ofPerson(address.leader().personId()).map(s -> s.spaceName).orElse(null);
        return Optional.of(new OutboundMessage(card.kind().messageKind(), PlatformId.GOOGLE_CHAT,
                GoogleChatDestinations.api(space), GoogleChatCards.render(card, address.leader().locale()), null,
                address.dedupKey()));
    }

    /** Google Chat downloads the chart image of a digest itself. */
    @Override
    public boolean fetchesImages() {
        return true;
    }

    @Override
    public boolean acceptsLeaderCards() {
        return true;
    }

    /**
     * A space webhook as before; without one, the leader's own direct message with the Chat app, which needs the app
     * configured and the leader on Google Chat.
     */
    @Override
    public DigestTarget checkDigestTarget(ChatRecipient leader, DigestTarget requested) {
        if (requested.webhookUrl() != null && !requested.webhookUrl().isBlank()) {
            return ChatPlatform.super.checkDigestTarget(leader, requested);
        }
        if (!config.canSend()) {
            throw ApiException.invalid("webhookUrl", "is required while the Google Chat app is not configured");
        }
        if (leader == null || leader.platform() != PlatformId.GOOGLE_CHAT) {
            throw ApiException.invalid("channel", "the person is not on Google Chat; give a webhookUrl instead");
        }
        return new DigestTarget(PlatformId.GOOGLE_CHAT, null, null);
    }
}
