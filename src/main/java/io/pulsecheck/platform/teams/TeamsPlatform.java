package io.pulsecheck.platform.teams;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.Reach;

/**
 * Microsoft Teams: prompts, leader prompts, digests and alerts from the bot in the person's 1:1 chat (once they
 * installed the app), and leader cards into a channel through a Workflows webhook when the subscription names one.
 */
@ApplicationScoped
public class TeamsPlatform implements ChatPlatform {

    @Inject
    BotConnectorToken token;

    @Override
    public PlatformId id() {
        return PlatformId.TEAMS;
    }

    @Override
    @Transactional
    public Reach reach(ChatRecipient recipient) {
        return reference(recipient).isPresent() ? Reach.INTERACTIVE : Reach.NONE;
    }

    /** The check-in card in the member's 1:1 chat; empty (not reached) until they installed the app. */
    @Override
    @Transactional
    public Optional<OutboundMessage> prompt(PromptContent content) {
        return reference(content.recipient()).map(reference -> new OutboundMessage(
                content.reminder() ? MessageKind.REMINDER : MessageKind.PROMPT, PlatformId.TEAMS,
                TeamsDestinations.newMessage(reference), TeamsPrompts.prompt(content), null, content.dedupKey()));
    }

    @Override
    @Transactional
    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent content) {
        return reference(content.leader()).map(reference -> new OutboundMessage(MessageKind.LEADER_PROMPT,
                PlatformId.TEAMS, TeamsDestinations.newMessage(reference), TeamsPrompts.leaderPrompt(content), null,
                content.dedupKey()));
    }

    /**
     * With a webhook, the card goes to that channel; without one, the bot sends it to the leader's 1:1 chat. A
     * leader who uninstalled the app since gets a dead letter HR can see, not a silent loss.
     */
    @Override
    @Transactional
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        Destination destination;
        if (address.target().webhookUrl() != null) {
            destination = Destination.webhook(TeamsDestinations.WEBHOOK, address.target().webhookUrl());
        } else {
            destination = TeamsConversationReference.ofPerson(address.leader().personId())
                    .map(TeamsDestinations::newMessage)
                    .orElseGet(() -> TeamsDestinations.unreachable(address.target().workspace()));
        }
        return Optional.of(new OutboundMessage(card.kind().messageKind(), PlatformId.TEAMS, destination,
                TeamsCards.render(card, address.leader().locale()), null, address.dedupKey()));
    }

    /** Teams downloads the chart image of a digest itself. */
    @Override
    public boolean fetchesImages() {
        return true;
    }

    @Override
    public boolean acceptsLeaderCards() {
        return true;
    }

    /**
     * A Workflows webhook URL posts to a channel; without one the cards go to the leader's 1:1 chat with the bot,
     * which needs the bot configured and the app installed by the leader.
     */
    @Override
    @Transactional
    public DigestTarget checkDigestTarget(ChatRecipient leader, DigestTarget requested) {
        if (requested.webhookUrl() != null && !requested.webhookUrl().isBlank()) {
            return ChatPlatform.super.checkDigestTarget(leader, requested);
        }
        if (!token.configured()) {
            throw ApiException.invalid("webhookUrl", "is required while the Teams bot is not configured");
        }
        if (leader == null || TeamsConversationReference.ofPerson(leader.personId()).isEmpty()) {
            throw ApiException.invalid("channel", "the leader has not installed the Teams app yet");
        }
        return new DigestTarget(PlatformId.TEAMS, null, requested.workspace());
    }

    private Optional<TeamsConversationReference> reference(ChatRecipient recipient) {
        if (recipient == null || recipient.personId() == null || !token.configured()) {
            return Optional.empty();
        }
        return TeamsConversationReference.ofPerson(recipient.personId());
    }
}
