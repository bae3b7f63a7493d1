package io.pulsecheck.platform;

/**
 * How one leader card is addressed.
 *
 * @param leader the leader as their own chat platform knows them; platform and user id may be null, and the platform
 *        may differ from the target's
 * @param target the subscription's platform and webhook
 * @param dedupKey idempotency key of the outbox message
 */
public record LeaderAddress(ChatRecipient leader, DigestTarget target, String dedupKey) {

    /** The leader's user id on the given platform, or null when they have none there. */
    public String userIdOn(PlatformId platform) {
        return leader.platform() == platform ? leader.platformUserId() : null;
    }
}
