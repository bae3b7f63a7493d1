package io.pulsecheck.platform;

import java.util.Optional;
import java.util.UUID;

import io.pulsecheck.teams.Person;

/**
 * A person as a chat platform knows them.
 *
 * @param platformUserId the Slack user id, Mattermost user id or gateway user id
 */
public record ChatRecipient(UUID personId, PlatformId platform, String platformUserId, String locale) {

    /** The person as a chat recipient; empty without a known platform and user id. */
    public static Optional<ChatRecipient> of(Person person) {
        if (person.platform == null || person.platformUserId == null || person.platformUserId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ChatRecipient(person.id, person.platform, person.platformUserId, person.locale));
    }
}
