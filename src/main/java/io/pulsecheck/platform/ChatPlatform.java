package io.pulsecheck.platform;

import java.net.URI;
import java.util.Optional;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.delivery.OutboundMessage;

/**
 * One chat platform as the core sees it: it renders neutral content as the platform's final message. Each platform
 * package implements it once as an application-scoped bean; {@link ChatPlatforms} finds the beans, so adding a
 * platform changes no core file.
 */
public interface ChatPlatform {

    PlatformId id();

    /**
     * The member's prompt or reminder; empty when the platform is not configured or cannot ask members. When the
     * content carries a {@linkplain PromptContent#checkinLink() web check-in link} (this platform's reach is
     * {@link Reach#LINK}), the message is plain: the intro, the leaders' actions and the link, no questions.
     */
    default Optional<OutboundMessage> prompt(PromptContent content) {
        return Optional.empty();
    }

    /**
     * How this platform reaches the person with a check-in now: with the questions in the message, only with a
     * link to the web check-in, or not at all (not configured, or not installed for this person).
     */
    default Reach reach(ChatRecipient recipient) {
        return Reach.NONE;
    }

    /** The leader's reassurance prompt; empty when the platform is not configured or cannot ask leaders. */
    default Optional<OutboundMessage> leaderPrompt(LeaderPromptContent content) {
        return Optional.empty();
    }

    /** A digest or alert for the address's target; empty when this platform takes no leader cards. */
    default Optional<OutboundMessage> leaderCard(LeaderCard card, LeaderAddress address) {
        return Optional.empty();
    }

    /**
     * The most one prompt here can carry; empty when any check-in fits (a platform that asks one question at a time).
     * The question and schedule APIs refuse a set or rotation beyond it.
     */
    default Optional<PromptCapacity> promptCapacity() {
        return Optional.empty();
    }

    /**
     * Whether the platform's servers fetch images we link (the digest chart) themselves, which only works from a public
     * HTTPS base URL; {@link PublicBaseUrlCheck} warns otherwise.
     */
    default boolean fetchesImages() {
        return false;
    }

    /** Whether leaders can subscribe to digests and alerts here. */
    default boolean acceptsLeaderCards() {
        return false;
    }

    /**
     * Checks a leader's requested digest target and returns what is stored; only called when this platform
     * {@linkplain #acceptsLeaderCards() accepts leader cards}. By default the cards go to an http(s) webhook.
     *
     * @throws ApiException naming the field when the target cannot be used
     */
    default DigestTarget checkDigestTarget(ChatRecipient leader, DigestTarget requested) {
        String url = requested.webhookUrl() == null ? null : requested.webhookUrl().strip();
        if (url == null || !isHttpUrl(url)) {
            throw ApiException.invalid("webhookUrl", "must be an http or https URL");
        }
        return new DigestTarget(requested.platform(), url, requested.workspace());
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
