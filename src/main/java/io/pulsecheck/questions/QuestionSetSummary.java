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
        @Schema(example = "1") int currentVersion,
        boolean archived,
        @Schema(example = "0") long revision,
        Instant createdAt) {

    static QuestionSetSummary of(QuestionSet set) {
        return new QuestionSetSummary(set.id, set.name, set.builtinKey, set.currentVersion, set.archived, set.version,
                set.createdAt);
    }
}
