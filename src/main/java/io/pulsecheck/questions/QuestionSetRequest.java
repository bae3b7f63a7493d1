package io.pulsecheck.questions;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The content of a question set, for creating one or replacing its content.
 *
 * @param revision on update: the revision read; a stale one gets 409. Ignored on create.
 */
@Schema(name = "QuestionSetRequest", description = "Name, description, default locale and ordered questions of a question set.")
public record QuestionSetRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Name shown to HR", example = "Engineering pulse") String name,
        @Size(max = 2000) @Schema(description = "What the set is for", example = "A short weekly pulse for engineering teams") String description,
        @NotBlank @Pattern(regexp = Locales.LOCALE, message = "must be a locale such as en or de-CH")
        @Schema(description = "Locale used when a member's own locale has no text", example = "en") String defaultLocale,
        @NotEmpty @Size(max = 100) @Schema(description = "The questions in the order they are asked")
        List<@Valid @NotNull QuestionInput> questions,
        @Schema(description = "On update: the revision you read (optimistic concurrency); a stale revision gets 409", example = "0")
        Long revision) {
}
