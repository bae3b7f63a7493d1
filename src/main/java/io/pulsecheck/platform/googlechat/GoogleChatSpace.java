package io.pulsecheck.platform.googlechat;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The direct-message space between the Chat app and one person: where their prompts, replies and leader messages go.
 * Exists only while the person has the app installed.
 */
@Entity
@Table(name = "google_chat_space")
public class GoogleChatSpace extends PanacheEntityBase {

    @Id
    public UUID personId;

    /** The space's resource name, {@code spaces/...}. */
    public String spaceName;

    /** The person's Google Chat user resource name, {@code users/...}. */
    public String userName;

    public static Optional<GoogleChatSpace> ofPerson(UUID personId) {
        return personId == null ? Optional.empty() : Optional.ofNullable(findById(personId));
    }

    public static Optional<GoogleChatSpace> bySpace(String spaceName) {
        return find("spaceName", spaceName).firstResultOptional();
    }

    /** Stores the person's DM space, replacing an earlier one of the person or an earlier owner of the space. */
    public static void install(UUID personId, String spaceName, String userName) {
        delete("personId = ?1 or spaceName = ?2", personId, spaceName);
        getEntityManager().flush();
        GoogleChatSpace space = new GoogleChatSpace();
        space.personId = personId;
        space.spaceName = spaceName;
        space.userName = userName;
        space.persist();
    }

    /** Forgets a space the app was removed from; false when it was not stored. */
    public static boolean forget(String spaceName) {
        return delete("spaceName", spaceName) > 0;
    }

    /** Forgets the person's space, if any. */
    public static void forgetPerson(UUID personId) {
        delete("personId", personId);
    }
}
