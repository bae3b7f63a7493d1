package io.pulsecheck.teams;

import java.util.UUID;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Adds an existing person by id, or a new person, to a team: exactly one of the two. */
@Schema(name = "AddMemberRequest", description = "Either personId of someone on the roster, or person to create and add.")
public record AddMemberRequest(
        @Schema(description = "An existing person") UUID personId,
        @Valid @Schema(description = "A new person to create") PersonInput person) {
}
