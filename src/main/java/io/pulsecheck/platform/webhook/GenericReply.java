package io.pulsecheck.platform.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a generic webhook request.
 *
 * @param status {@code recorded}, {@code already_answered} or {@code ok} (commands)
 * @param message the text to show the person, in their language
 */
@Schema(name = "GenericReply", description = "Result of a generic webhook request.")
public record GenericReply(
        @Schema(example = "recorded") String status,
        @Schema(example = "Thanks, your answer is recorded anonymously.") String message) {
}
