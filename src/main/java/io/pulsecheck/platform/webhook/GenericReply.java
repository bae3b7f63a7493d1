package io.pulsecheck.platform.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a generic webhook request.
 *
 * @param status {@code recorded}, {@code already_answered} or {@code ok} (commands)
 * @param message the text to show the person, in their language
 * @param replyCode the person's reply code when they allowed replies to their comment (show it once, never store
 *        it); absent otherwise
 */
@Schema(name = "GenericReply", description = "Result of a generic webhook request.")
public record GenericReply(
        @Schema(example = "recorded") String status,
        @Schema(example = "Thanks, your answer is recorded anonymously.") String message,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The reply code, when the person allowed replies to their comment; show it to them once, never store it")
        String replyCode) {

    public GenericReply(String status, String message) {
        this(status, message, null);
    }
}
