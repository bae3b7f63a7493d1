package io.pulsecheck.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row reserved for one send attempt by this instance.
 *
 * @param attempt the number of this attempt; recording the outcome only succeeds while the row still has it
 */
record ClaimedMessage(UUID id, String kind, String channel, String rateKey, Destination destination,
        String payloadJson, int attempt, Instant createdAt) {
}
