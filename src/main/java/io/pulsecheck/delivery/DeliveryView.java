package io.pulsecheck.delivery;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One outbound message as HR sees it: where it stands, never its content or recipient.
 */
@Schema(name = "Delivery", description = "One outbound chat message: its state and last error, without content or recipient.")
public record DeliveryView(
        @Schema(description = "Message id") UUID id,
        @Schema(description = "What the message is for", example = "prompt") String kind,
        @Schema(description = "Platform", example = "slack") String channel,
        @Schema(description = "Transport", example = "slack_api") String transport,
        @Schema(description = "pending, sent or dead", example = "dead") String status,
        @Schema(description = "Send attempts so far", example = "3") int attempts,
        @Schema(description = "When the next attempt is due (pending only)") Instant nextAttemptAt,
        @Schema(description = "The last failure: HTTP status and platform error code", example = "HTTP 400 invalid_blocks") String lastError,
        @Schema(description = "When it was queued") Instant createdAt,
        @Schema(description = "When the platform accepted it") Instant sentAt) {

    static DeliveryView of(OutboxMessage message) {
        return new DeliveryView(message.id, message.kind.wireName(), message.channel.wireName(),
                message.destination == null ? null : message.destination.transport(), message.status.name(),
                message.attempts, message.status == OutboxMessage.Status.pending ? message.nextAttemptAt : null,
                message.lastError, message.createdAt, message.sentAt);
    }
}
