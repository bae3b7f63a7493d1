package io.pulsecheck.platform.slack;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.error.ApiException;
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

/** Slack: prompts and leader cards as direct messages through the Web API. */
@ApplicationScoped
public class SlackPlatform implements ChatPlatform {

    @Inject
    SlackPrompts prompts;

    @Inject
    SlackAddresses addresses;

    @Override
    public PlatformId id() {
        return PlatformId.SLACK;
    }

    /** Interactive once the person's Slack member id is known (entered by HR, or found by email in an install). */
    @Override
    public Reach reach(ChatRecipient recipient) {
        return addresses.of(recipient).isPresent() ? Reach.INTERACTIVE : Reach.NONE;
    }

    @Override
    public Optional<OutboundMessage> prompt(PromptContent content) {
        return addresses.of(content.recipient()).flatMap(to -> prompts.prompt(content, to));
    }

    @Override
    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent content) {
        return addresses.of(content.leader()).flatMap(to -> prompts.leaderPrompt(content, to));
    }

    /** The whole check-in is one Block Kit message, so its questions share Slack's block limit. */
    @Override
    public Optional<PromptCapacity> promptCapacity() {
        return Optional.of(new PromptCapacity(SlackLimits.PROMPT_QUESTIONS, SlackLimits.SELECT_OPTIONS,
                "Slack allows " + SlackLimits.MAX_BLOCKS + " blocks per message, " + SlackLimits.PROMPT_OTHER_BLOCKS
                        + " of them for the intro, the leaders' actions, the comment and Submit"));
    }

    /**
     * A direct message to the leader's Slack member id: in the workspace their email was found in, else in the
     * subscription's workspace when it names one.
     */
    @Override
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        return addresses.of(address.leader()).map(to -> {
            String workspace = to.foundByEmail() || address.target().workspace() == null ? to.workspace()
                    : address.target().workspace();
            return new OutboundMessage(card.kind().messageKind(), PlatformId.SLACK, SlackDestinations.api(workspace),
                    SlackCards.render(card, to.memberId(), address.leader().locale()), null, address.dedupKey());
        });
    }

    /** Slack downloads the chart image of a digest itself. */
    @Override
    public boolean fetchesImages() {
        return true;
    }

    @Override
    public boolean acceptsLeaderCards() {
        return true;
    }

    /**
     * Slack needs no webhook: the card goes to the leader's own Slack member id, so they must have one (entered, or
     * found by their email).
     */
    @Override
    public DigestTarget checkDigestTarget(ChatRecipient leader, DigestTarget requested) {
        if (addresses.of(leader).isEmpty()) {
            throw ApiException.invalid("channel", "the person has no Slack user id (none entered or found by email)");
        }
        return new DigestTarget(PlatformId.SLACK, null, requested.workspace());
    }
}
