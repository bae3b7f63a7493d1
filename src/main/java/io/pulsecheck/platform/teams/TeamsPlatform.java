package io.pulsecheck.platform.teams;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;

/** Microsoft Teams: leader cards through a Workflows webhook; members cannot be asked here yet. */
@ApplicationScoped
public class TeamsPlatform implements ChatPlatform {

    @Override
    public PlatformId id() {
        return PlatformId.TEAMS;
    }

    @Override
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        return Optional.of(new OutboundMessage(card.kind().messageKind(), PlatformId.TEAMS,
                Destination.webhook(TeamsDestinations.WEBHOOK, address.target().webhookUrl()),
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
}
