package io.pulsecheck.teams;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a successful roster import changed. */
@Schema(name = "RosterImportResult", description = "Counts of what a roster import changed.")
public record RosterImportResult(
        @Schema(description = "Data rows read", example = "120") int rows,
        @Schema(description = "People added to the roster", example = "15") int peopleCreated,
        @Schema(description = "Existing people (matched by chat identity or email) whose details were updated", example = "105") int peopleUpdated,
        @Schema(description = "Team memberships added; existing ones are kept", example = "20") int membershipsAdded,
        @Schema(description = "Teams created (only with createTeams=true)", example = "0") int teamsCreated) {
}
