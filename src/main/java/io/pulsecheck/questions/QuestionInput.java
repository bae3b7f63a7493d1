package io.pulsecheck.questions;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One question as HR writes it. Rules that span fields (choices only for single choice, a text in the default
 * locale, unique keys) are checked by {@link QuestionSetValidator}.
 */
@Schema(name = "QuestionInput", description = "A question of a question set.")
public record QuestionInput(
        @NotBlank @Pattern(regexp = Locales.KEY, message = "must be 1 to 64 lower-case letters, digits or underscores")
        @Schema(description = "Stable key within the set; scoring refers to it", example = "stress_1") String key,
        @NotNull @Schema(description = "How the question is answered", example = "scale_1_5") QuestionType type,
        @NotBlank @Pattern(regexp = Locales.DIMENSION, message = "must be 1 to 40 lower-case letters or underscores")
        @Schema(description = "What the question measures: wellbeing, stress, transparency, trust, workload, recognition, enps, ...",
                example = "stress") String dimension,
        @Schema(description = "Higher answers mean worse on this dimension; scoring flips them. Numeric types only.",
                example = "false") boolean reverseScored,
        @NotEmpty @Size(max = 20)
        @Schema(description = "Question text per locale; must include the set's default locale",
                example = "{\"en\": \"How stressed did you feel this week?\", \"de\": \"Wie gestresst waren Sie diese Woche?\"}")
        Map<@Pattern(regexp = Locales.LOCALE, message = "must be a locale such as en or de-CH") String,
                @NotBlank @Size(max = 1000) String> text,
        @Size(max = 20) @Schema(description = "The options of a single-choice question (at least two); only for single_choice")
        List<@Valid @NotNull ChoiceInput> choices,
        @Valid @Schema(description = "Labels of the two ends of a scale; only for scale types") ScaleLabelsInput scaleLabels) {

    /** One option of a single-choice question. */
    @Schema(name = "ChoiceInput", description = "An option of a single-choice question.")
    public record ChoiceInput(
            @NotBlank @Pattern(regexp = Locales.KEY, message = "must be 1 to 64 lower-case letters, digits or underscores")
            @Schema(description = "Stored value of the option", example = "too_high") String value,
            @NotEmpty @Schema(description = "Label per locale", example = "{\"en\": \"Too high\", \"de\": \"Zu hoch\"}")
            Map<@Pattern(regexp = Locales.LOCALE, message = "must be a locale such as en or de-CH") String,
                    @NotBlank @Size(max = 200) String> label) {
    }

    /** Labels of the ends of a scale. */
    @Schema(name = "ScaleLabelsInput", description = "Labels of the low and high ends of a scale, per locale.")
    public record ScaleLabelsInput(
            @NotEmpty @Schema(example = "{\"en\": \"Not at all\", \"de\": \"Gar nicht\"}")
            Map<@Pattern(regexp = Locales.LOCALE, message = "must be a locale such as en or de-CH") String,
                    @NotBlank @Size(max = 200) String> low,
            @NotEmpty @Schema(example = "{\"en\": \"Very much\", \"de\": \"Sehr\"}")
            Map<@Pattern(regexp = Locales.LOCALE, message = "must be a locale such as en or de-CH") String,
                    @NotBlank @Size(max = 200) String> high) {
    }
}
