package io.pulsecheck.replies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reply thread as its two sides see it: the comment, the check-in date, whether it still takes messages, and the
 * messages in order.
 */
@Schema(name = "ReplyThread", description = "An anonymous comment that invites replies, and the conversation on it.")
public record ReplyThreadView(
        @Schema(description = "The comment's id (random); the leader replies to it") UUID commentId,
        @Schema(description = "Date of the check-in the comment belongs to") LocalDate cycleDate,
        @Schema(description = "The comment, scrubbed") String comment,
        @Schema(description = "Whether the thread still takes messages") boolean open,
        @Schema(description = "Last day on which messages are taken; the thread is deleted after it") LocalDate openUntil,
        List<Message> messages) {

    /** One message: who of the two sides wrote it (never which leader), and what. */
    @Schema(name = "ReplyMessage")
    public record Message(
            @Schema(description = "leader or writer", enumeration = { "leader", "writer" }) String from,
            String body) {
    }
}
