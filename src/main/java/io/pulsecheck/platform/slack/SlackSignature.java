package io.pulsecheck.platform.slack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.pulsecheck.common.security.Hmac;

/**
 * Slack's request signature, version 0: {@code X-Slack-Signature: v0=<hex HMAC-SHA256(secret, "v0:" + timestamp +
 * ":" + raw body)>} with {@code X-Slack-Request-Timestamp} in unix seconds.
 */
public final class SlackSignature {

    public static final String SIGNATURE_HEADER = "X-Slack-Signature";
    public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    public static final String RETRY_NUM_HEADER = "X-Slack-Retry-Num";
    public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private SlackSignature() {
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        ByteArrayOutputStream base = new ByteArrayOutputStream(body.length + 32);
        base.writeBytes(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
        base.writeBytes(body);
        return "v0=" + Hmac.sha256Hex(secret, base.toByteArray());
    }

    /**
     * True when the timestamp lies within five minutes of {@code now} and the signature matches one of the secrets
     * (two during a rotation). Every secret is compared in constant time.
     */
    static boolean verify(List<String> secrets, String timestamp, String signature, byte[] body,
            Instant now) {
        if (secrets.isEmpty() || timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long seconds = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - seconds) > REPLAY_WINDOW.toSeconds()) {
            return false;
        }
        boolean matched = false;
        for (String secret : secrets) {
            matched |= Hmac.constantTimeEquals(sign(secret, timestamp, body), signature.strip());
        }
        return matched;
    }
}
