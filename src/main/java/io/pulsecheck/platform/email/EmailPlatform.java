package io.pulsecheck.platform.email;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.Reach;
import io.pulsecheck.teams.Person;

/**
 * Email: carries the web check-in link to members ({@link Reach#LINK}) and digests and alerts to leaders, through the
 * outbox and SMTP. The recipient's user id here is their email address.
 */
@ApplicationScoped
public class EmailPlatform implements ChatPlatform {

    @Inject
    EmailConfig config;

    @Inject
    EmailRenderer renderer;

    @Inject
    ObjectMapper json;

    @Override
    public PlatformId id() {
        return PlatformId.EMAIL;
    }

    /** A link by mail, when email is enabled and the address looks like one. */
    @Override
    public Reach reach(ChatRecipient recipient) {
        return config.enabled() && recipient.platform() == PlatformId.EMAIL && isAddress(recipient.platformUserId())
                ? Reach.LINK : Reach.NONE;
    }

    /** Only the link: a mail cannot carry the questions. */
    @Override
    public Optional<OutboundMessage> prompt(PromptContent content) {
        if (!content.linkOnly() || reach(content.recipient()) == Reach.NONE) {
            return Optional.empty();
        }
        return Optional.of(new OutboundMessage(content.reminder() ? MessageKind.REMINDER : MessageKind.PROMPT,
                PlatformId.EMAIL, EmailDestinations.smtp(), json.valueToTree(renderer.prompt(content)), null,
                content.dedupKey()));
    }

    /** To the leader's own address, read when the card is queued (so a changed address counts). */
    @Override
    public Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        Person leader = Person.findById(address.leader().personId());
        if (leader == null || !isAddress(leader.email)) {
            return Optional.empty();
        }
        return Optional.of(new OutboundMessage(card.kind().messageKind(), PlatformId.EMAIL, EmailDestinations.smtp(),
                json.valueToTree(renderer.card(card, leader.email.strip(), leader.locale)), null, address.dedupKey()));
    }

    @Override
    public boolean acceptsLeaderCards() {
        return config.enabled();
    }

    /** Email needs no webhook: the digest goes to the leader's own address, so they must have one. */
    @Override
    public DigestTarget checkDigestTarget(ChatRecipient leader, DigestTarget requested) {
        Person person = leader == null ? null : Person.findById(leader.personId());
        if (person == null || !isAddress(person.email)) {
            throw ApiException.invalid("channel", "the person has no email address");
        }
        return new DigestTarget(PlatformId.EMAIL, null, null);
    }

    static boolean isAddress(String value) {
        if (value == null) {
            return false;
        }
        String address = value.strip();
        int at = address.indexOf('@');
        return at > 0 && at == address.lastIndexOf('@') && at < address.length() - 1 && address.length() <= 254
                && address.chars().noneMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>' || c == ',');
    }
}
