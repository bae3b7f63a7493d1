package io.pulsecheck.platform.webhook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.pulsecheck.common.security.Hmac;

/**
 * The signature scheme of the generic JSON webhook, both directions (documented in docs/WEBHOOK.md):
 * {@code X-Pulsecheck-Timestamp: <unix seconds>} and
 * {@code X-Pulsecheck-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>}.
 */
public final class GenericWebhookSignature {

    public static final String TIMESTAMP_HEADER = "X-Pulsecheck-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Pulsecheck-Signature";
    public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private GenericWebhookSignature() {
    }

    public static String sign(String secret, long timestampSeconds, byte[] body) {
        return "v1=" + Hmac.sha256Hex(secret, signedContent(timestampSeconds, body));
    }

    /** True when the signature matches and the timestamp lies within the replay window around {@code now}. */
    public static boolean verify(String secret, String timestampHeader, String signatureHeader, byte[] body,
            Instant now) {
        if (secret == null || secret.isBlank() || timestampHeader == null || signatureHeader == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > REPLAY_WINDOW.toSeconds()) {
            return false;
        }
        return Hmac.constantTimeEquals(sign(secret, timestamp, body), signatureHeader.strip());
    }

    private static byte[] signedContent(long timestampSeconds, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 16);
        out.writeBytes((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }
}
