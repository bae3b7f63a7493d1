package io.pulsecheck.questions;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version in a set's history. */
@Schema(name = "QuestionSetVersionSummary", description = "One version of a question set's history.")
public record QuestionSetVersionSummary(
        @Schema(example = "1") int version,
        @Schema(example = "Engineering pulse") String name,
        @Schema(description = "Whether a check-in has asked from it") boolean used,
        @Schema(example = "4") int questionCount,
        Instant createdAt) {
}
