package io.pulsecheck.questions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a question set with its questions. */
@Schema(name = "QuestionSet", description = "One version of a question set with its ordered questions.")
public record QuestionSetView(
        @Schema(description = "Id of the set (the same for all versions)") UUID id,
        @Schema(example = "Engineering pulse") String name,
        @Schema(example = "A short weekly pulse for engineering teams") String description,
        @Schema(example = "en") String defaultLocale,
        @Schema(description = "The version number shown", example = "2") int version,
        @Schema(description = "The newest version number; schedules ask from this one", example = "2") int currentVersion,
        @Schema(description = "Whether a check-in has asked from this version; a used version never changes") boolean used,
        @Schema(description = "Archived sets cannot be edited or scheduled") boolean archived,
        @Schema(description = "Key of a read-only built-in library set, else null", example = "who-5") String builtinKey,
        @Schema(description = "A validated scale (WHO-5, PSS-4): asked whole, never split by rotation; copies are not validated") boolean validated,
        @Schema(description = "The instrument its answers are reported under: the built-in key, else the set's id", example = "who-5") String instrument,
        @Schema(description = "Concurrency token of the set: send it back on update", example = "3") long revision,
        @Schema(description = "When this version was created") Instant createdAt,
        List<QuestionView> questions) {

    /** A question as stored. */
    @Schema(name = "Question", description = "A question of a set version.")
    public record QuestionView(
            UUID id,
            @Schema(example = "1") int position,
            @Schema(example = "stress_1") String key,
            @Schema(example = "scale_1_5") QuestionType type,
            @Schema(example = "stress") String dimension,
            boolean reverseScored,
            @Schema(example = "{\"en\": \"How stressed did you feel this week?\"}") Map<String, String> text,
            List<Question.Choice> choices,
            Question.ScaleLabels scaleLabels) {

        static QuestionView of(Question question) {
            return new QuestionView(question.id, question.position, question.key, question.type, question.dimension,
                    question.reverseScored, question.text, question.choices, question.scaleLabels);
        }
    }
}
