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

/** Slack: prompts and leader cards as direct messages through the Web API. */
@ApplicationScoped
public class SlackPlatform implements ChatPlatform {

    @Inject
    SlackPrompts prompts;

    @Override
    public PlatformId id() {
        return PlatformId.SLACK;
    }

    @Override
    public Optional<OutboundMessage> prompt(PromptContent content) {
        return prompts.prompt(content);
    }

    @Override
    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent content) {
        return prompts.leaderPrompt(content);
    }

    /** The whole check-in is one Block Kit message, so its questions share Slack's block limit. */
    @Override
    public Optional<PromptCapacity> promptCapacity() {
        return Optional.of(new PromptCapacity(SlackLimits.PROMPT_QUESTIONS, SlackLimits.SELECT_OPTIONS,
                "Slack allows " + SlackLimits.MAX_BLOCKS + " blocks per message, " + SlackLimits.PROMPT_OTHER_BLOCKS
                        + " of them for the intro, the leaders' actions, the comment and Submit"));
    }

    /** A direct message to the leader's Slack user id, in the subscription's workspace. */
    @Override
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        return Optional.of(new OutboundMessage(card.kind().messageKind(), PlatformId.SLACK,
                SlackDestinations.api(address.target().workspace()),
                SlackCards.render(card, address.leader().platformUserId(), address.leader().locale()), null, address.dedupKey()));
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

    /** Slack needs no webhook: the card goes to the leader's own Slack user id, so they must have one. */
    @Override
    public DigestTarget checkDigestTarget(ChatRecipient leader, DigestTarget requested) {
        if (leader == null || leader.platform() != PlatformId.SLACK || leader.platformUserId() == null) {
            throw ApiException.invalid("channel", "the person has no Slack user id");
        }
        return new DigestTarget(PlatformId.SLACK, null, requested.workspace());
    }
}
