package io.pulsecheck.delivery;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.common.Channel;

/**
 * A message to queue in the outbox.
 *
 * @param kind see {@link MessageKind}
 * @param channel the platform
 * @param destination where and how to send it
 * @param payload the platform JSON body, never containing answer values
 * @param notBefore earliest send time; null means now
 * @param dedupKey idempotency key, e.g. {@code prompt:<cycle>:<person>}; null means none
 */
public record OutboundMessage(String kind, Channel channel, Destination destination, JsonNode payload,
        Instant notBefore, String dedupKey) {
}
