package io.pulsecheck.insights;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The free-text answers to one question of a released cycle, shown like comments: only when at least the cycle's
 * comment threshold answered the question, scrubbed when they were sealed, in random (id) order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FreeTextInsights", description = "Free-text answers to one question, shown only when at least the comment threshold answered it.")
public record FreeTextInsights(
        @Schema(description = "The question") UUID questionId,
        @Schema(description = "The question's key in its set", example = "pulse_wish") String questionKey,
        @Schema(description = "The question's text per locale") Map<String, String> question,
        @Schema(description = "shown or not_enough_comments") CommentsStatus status,
        @Schema(description = "The answers, scrubbed, in random order; absent unless shown") List<String> answers) {
}
