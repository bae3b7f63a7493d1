package io.pulsecheck.platform.email;

import java.util.Map;

/**
 * One mail as stored in the outbox: everything the adapter needs to send it, rendered when it was queued.
 *
 * @param headers extra headers such as {@code List-Unsubscribe} and {@code Content-Language}
 */
public record EmailPayload(String to, String subject, String text, String html, Map<String, String> headers) {
}
