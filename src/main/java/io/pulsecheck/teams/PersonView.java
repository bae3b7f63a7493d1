package io.pulsecheck.teams;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as the API shows them; an erased person shows no identity data. */
@Schema(name = "Person", description = "A person on the roster. Erased people keep only their id and status.")
public record PersonView(
        UUID id,
        @Schema(example = "Alex Example") String displayName,
        @Schema(example = "alex@example.com") String email,
        @Schema(example = "slack") String platform,
        @Schema(example = "U024BE7LH") String platformUserId,
        @Schema(example = "de") String locale,
        @Schema(example = "Europe/Berlin") String timeZone,
        @Schema(description = "active, paused, opted_out or erased", example = "active") String status,
        @Schema(description = "While paused: the last paused day") LocalDate pausedUntil,
        @Schema(example = "0") long version,
        @Schema(description = "The identity provider's subject, if HR set it") String subject) {

    static PersonView of(Person person) {
        return new PersonView(person.id, person.displayName, person.email,
                person.platform == null ? null : person.platform.wireName(), person.platformUserId,
                person.locale, person.timeZone, person.status.name(), person.pausedUntil, person.version,
                person.subject);
    }
}
