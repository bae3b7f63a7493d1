package io.pulsecheck.delivery;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.PlatformId;

/**
 * A message to queue in the outbox.
 *
 * @param kind what the message is for
 * @param channel the platform
 * @param destination where and how to send it
 * @param payload the platform JSON body, never containing answer values
 * @param notBefore earliest send time; null means now
 * @param dedupKey idempotency key, e.g. {@code prompt:<cycle>:<person>}; null means none
 * @param cycleId the check-in cycle the message belongs to, or null; closing the cycle removes its person trail
 * @param personId the person the message is addressed to or about, or null; erasing the person deletes the message
 */
public record OutboundMessage(MessageKind kind, PlatformId channel, Destination destination, JsonNode payload,
        Instant notBefore, String dedupKey, UUID cycleId, UUID personId) {

    /** A message that concerns no person in a cycle (digests, alerts, replies outside a check-in). */
    public OutboundMessage(MessageKind kind, PlatformId channel, Destination destination, JsonNode payload, Instant notBefore,
            String dedupKey) {
        this(kind, channel, destination, payload, notBefore, dedupKey, null, null);
    }

    /** This message, addressed to a person outside any cycle (a digest, an alert, a reply); erasure deletes it. */
    public OutboundMessage toPerson(UUID person) {
        return new OutboundMessage(kind, channel, destination, payload, notBefore, dedupKey, null, person);
    }

    /** This message, addressed to a person about a cycle; closing the cycle deletes it once delivered. */
    public OutboundMessage forPerson(UUID cycle, UUID person) {
        return new OutboundMessage(kind, channel, destination, payload, notBefore, dedupKey, cycle, person);
    }
}
