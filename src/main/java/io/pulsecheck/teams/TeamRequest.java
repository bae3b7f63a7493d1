package io.pulsecheck.teams;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A team as HR writes it.
 *
 * @param version on update: the version read; a stale one gets 409. Ignored on create.
 */
@Schema(name = "TeamRequest", description = "Name, optional parent (department), leaders and anonymity overrides of a team.")
public record TeamRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Unique among teams that are not archived", example = "Platform") String name,
        @Schema(description = "Parent team or department, for roll-ups") UUID parentId,
        @Size(max = 50) @Schema(description = "People who lead the team; they may read it") List<@NotNull UUID> leaderIds,
        @Min(value = 3, message = "must be at least 3")
        @Schema(description = "Overrides the organisation's k (minimum respondents before numbers show); null inherits", example = "6") Integer kThreshold,
        @Min(value = 3, message = "must be at least 3")
        @Schema(description = "Overrides the organisation's comment threshold; null inherits", example = "5") Integer commentThreshold,
        @Schema(description = "On update: the version you read", example = "0") Long version) {
}
