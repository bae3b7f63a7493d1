package io.pulsecheck.teams;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short reference to a person, e.g. a team's leader. */
@Schema(name = "PersonRef", description = "A person named by id, display name and email.")
public record PersonRef(UUID id, @Schema(example = "Lea Lead") String displayName,
        @Schema(example = "lea@example.com") String email) {

    static PersonRef of(Person person) {
        return new PersonRef(person.id, person.displayName, person.email);
    }
}
