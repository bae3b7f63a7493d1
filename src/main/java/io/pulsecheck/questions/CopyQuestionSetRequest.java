package io.pulsecheck.questions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Name of a new, editable copy of a set. */
@Schema(name = "CopyQuestionSetRequest", description = "Copies a set's current version (for example a built-in one) into a new, editable set.")
public record CopyQuestionSetRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Name of the copy", example = "WHO-5 for engineering") String name) {
}
