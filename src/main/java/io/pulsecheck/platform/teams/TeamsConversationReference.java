package io.pulsecheck.platform.teams;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The 1:1 chat in which a person installed the Teams app: all the bot needs to message them proactively. Identity
 * data: it exists while the app is installed for the person and goes with an uninstall or the person's erasure.
 */
@Entity
@Table(name = "teams_conversation_reference")
public class TeamsConversationReference extends PanacheEntityBase {

    @Id
    public UUID personId;

    /** The Bot Connector endpoint of the person's region, from the verified token of the installing activity. */
    public String serviceUrl;

    public String conversationId;

    public String tenantId;

    /** The person's Entra object id, as Teams sent it. */
    public String aadObjectId;

    /** The person's Teams user id ({@code 29:...}). */
    public String teamsUserId;

    public static Optional<TeamsConversationReference> ofPerson(UUID personId) {
        return Optional.ofNullable(findById(personId));
    }

    public static Optional<TeamsConversationReference> ofConversation(String conversationId) {
        return find("conversationId", conversationId).firstResultOptional();
    }

    /** Stores where the person is reached, replacing an earlier installation of theirs or another owner of the chat. */
    public static void remember(UUID personId, String serviceUrl, String conversationId, String tenantId,
            String aadObjectId, String teamsUserId) {
        delete("conversationId = ?1 and personId <> ?2", conversationId, personId);
        TeamsConversationReference reference = TeamsConversationReference.<TeamsConversationReference>findByIdOptional(
                personId).orElseGet(TeamsConversationReference::new);
        reference.personId = personId;
        reference.serviceUrl = serviceUrl;
        reference.conversationId = conversationId;
        reference.tenantId = tenantId;
        reference.aadObjectId = aadObjectId;
        reference.teamsUserId = teamsUserId;
        reference.persist();
    }

    /** Forgets the chat (the app was uninstalled); returns how many rows went. */
    public static long forgetConversation(String conversationId) {
        return delete("conversationId", conversationId);
    }

    public static long forgetPerson(UUID personId) {
        return delete("personId", personId);
    }
}
