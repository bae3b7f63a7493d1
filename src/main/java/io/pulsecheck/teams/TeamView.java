package io.pulsecheck.teams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team with its leaders and effective anonymity thresholds. */
@Schema(name = "Team", description = "A team or department with its leaders and anonymity thresholds.")
public record TeamView(
        UUID id,
        @Schema(example = "Platform") String name,
        UUID parentId,
        List<PersonRef> leaders,
        @Schema(description = "Members on the roster, whatever their status; the only member figure leaders get", example = "12") long memberCount,
        @Schema(description = "The team's own k, or null when it inherits", example = "6") Integer kThreshold,
        @Schema(description = "The team's own comment threshold, or null when it inherits") Integer commentThreshold,
        @Schema(description = "The k that applies: the team's own or the organisation's", example = "6") int effectiveKThreshold,
        @Schema(description = "The comment threshold that applies", example = "5") int effectiveCommentThreshold,
        boolean archived,
        @Schema(example = "0") long version,
        Instant createdAt) {
}
