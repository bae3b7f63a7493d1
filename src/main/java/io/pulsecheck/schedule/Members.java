package io.pulsecheck.schedule;

import java.util.Optional;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptRequest;
import io.pulsecheck.teams.Person;

/** How the cycle handling sees a person: whether and how to reach them in chat. */
final class Members {

    private Members() {
    }

    static boolean canBeAsked(Person person) {
        return person.status != Person.Status.opted_out && person.status != Person.Status.erased;
    }

    /** The person as a chat recipient; empty without a known platform and user id. */
    static Optional<PromptRequest.Recipient> recipient(Person person) {
        if (person.platform == null || person.platformUserId == null || person.platformUserId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PromptRequest.Recipient(person.id, PlatformId.fromWireName(person.platform),
                    person.platformUserId, person.locale));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
