package io.pulsecheck.teams;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Organisation-wide anonymity thresholds.
 *
 * @param kThreshold minimum respondents before a report cell shows numbers
 * @param commentThreshold minimum comments before comments are shown
 * @param version the version read, for optimistic concurrency; a stale one gets 409
 */
@Schema(name = "AnonymitySettings", description = "Organisation-wide anonymity thresholds; teams may override them upwards or downwards, never below 3.")
public record AnonymitySettings(
        @NotNull @Min(value = 3, message = "must be at least 3") @Schema(example = "5") Integer kThreshold,
        @NotNull @Min(value = 3, message = "must be at least 3") @Schema(example = "5") Integer commentThreshold,
        @Schema(example = "0") Long version) {

    static AnonymitySettings of(OrgSettings settings) {
        return new AnonymitySettings(settings.kThreshold, settings.commentThreshold, settings.version);
    }
}
