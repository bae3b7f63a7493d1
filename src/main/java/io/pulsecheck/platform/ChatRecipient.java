package io.pulsecheck.platform;

import java.util.Optional;
import java.util.UUID;

import io.pulsecheck.teams.Person;

/**
 * A person as a chat platform knows them.
 *
 * @param platformUserId the Slack user id, Mattermost user id or gateway user id; null on a platform that
 *        {@linkplain PlatformId#findsPeopleByEmail() finds people by email} when HR entered only the email
 */
public record ChatRecipient(UUID personId, PlatformId platform, String platformUserId, String locale) {

    /**
     * The person as a chat recipient; empty without a platform, or without a user id unless the platform finds people
     * by their email and they have one.
     */
    public static Optional<ChatRecipient> of(Person person) {
        boolean hasUserId = person.platformUserId != null && !person.platformUserId.isBlank();
        boolean byEmail = person.platform != null && person.platform.findsPeopleByEmail() && person.email != null;
        if (person.platform == null || !hasUserId && !byEmail) {
            return Optional.empty();
        }
        return Optional.of(new ChatRecipient(person.id, person.platform, hasUserId ? person.platformUserId : null,
                person.locale));
    }
}
