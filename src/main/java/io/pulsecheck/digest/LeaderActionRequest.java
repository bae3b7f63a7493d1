package io.pulsecheck.digest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeaderActionRequest", description = "What the leader did; the team hears it in its next check-in (\"You said, we did\"). Never name individuals.")
public record LeaderActionRequest(
        @NotBlank @Size(max = 500) @Schema(description = "What was done, in the words the team will read", example = "We moved the release by a week to reduce weekend work.") String description) {
}
