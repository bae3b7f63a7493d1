package io.pulsecheck.platform;

/**
 * Where a leader's digests and alerts go, as stored in their subscription.
 *
 * @param webhookUrl the webhook to post to; null where the platform messages the leader directly (Slack)
 * @param workspace the platform workspace, for credentials and rate limiting; may be null
 */
public record DigestTarget(PlatformId platform, String webhookUrl, String workspace) {
}
