package io.pulsecheck.questions;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question set in a list, without its questions. */
@Schema(name = "QuestionSetSummary", description = "A question set in a list; read it by id for its questions.")
public record QuestionSetSummary(
        UUID id,
        @Schema(example = "WHO-5 Well-Being Index") String name,
        @Schema(example = "who-5", description = "Key of a built-in library set, else null") String builtinKey,
        @Schema(description = "A validated scale (WHO-5, PSS-4): asked whole, never split by rotation") boolean validated,
        @Schema(example = "who-5", description = "The instrument its answers are reported under: the built-in key, else the set's id") String instrument,
        @Schema(example = "1") int currentVersion,
        boolean archived,
        @Schema(example = "0") long revision,
        Instant createdAt) {

    static QuestionSetSummary of(QuestionSet set) {
        return new QuestionSetSummary(set.id, set.name, set.builtinKey, set.validated, set.instrument(), set.currentVersion, set.archived, set.version,
                set.createdAt);
    }
}
