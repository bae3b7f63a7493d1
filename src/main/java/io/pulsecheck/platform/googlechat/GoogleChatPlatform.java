package io.pulsecheck.platform.googlechat;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;

/** Google Chat: leader cards through a space webhook; members cannot be asked here yet. */
@ApplicationScoped
public class GoogleChatPlatform implements ChatPlatform {

    @Override
    public PlatformId id() {
        return PlatformId.GOOGLE_CHAT;
    }

    @Override
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        return Optional.of(new OutboundMessage(card.kind().messageKind(), PlatformId.GOOGLE_CHAT,
                Destination.webhook(GoogleChatDestinations.WEBHOOK, address.target().webhookUrl()),
                GoogleChatCards.render(card, address.leader().locale()), null, address.dedupKey()));
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
}
