package io.pulsecheck.digest;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeaderAction", description = "An action a leader recorded for a team.")
public record LeaderActionView(
        @Schema(description = "The action") UUID id,
        @Schema(description = "The team") UUID teamId,
        @Schema(description = "What was done") String description,
        @Schema(description = "When it was recorded") LocalDate createdOn,
        @Schema(description = "Whether a check-in has told the team already") boolean announced) {

    static LeaderActionView of(LeaderAction action) {
        return new LeaderActionView(action.id, action.teamId, action.description, action.createdOn,
                action.announcedCycleId != null);
    }
}
