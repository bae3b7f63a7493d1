package io.pulsecheck.conversation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.pulsecheck.platform.PlatformId;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The identity-linked state of a one-question-at-a-time conversation: which question comes next and the answers not
 * yet submitted, encrypted like a pending submission. It exists only while the conversation is open; sealing or the cycle's close deletes it.
 */
@Entity
@Table(name = "conversation")
public class Conversation extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID cycleId;
    public UUID personId;
    public PlatformId channel;

    /** The progress as AES-GCM ciphertext (see {@link ConversationStates}); never readable in the database. */
    public byte[] sealedState;

    /** Plaintext progress of a conversation opened before states were encrypted; cleared on its next step. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "state", columnDefinition = "jsonb")
    public ConversationState legacyState;

    public Instant updatedAt;

    public static Optional<Conversation> of(UUID cycleId, UUID personId) {
        return find("cycleId = ?1 and personId = ?2", cycleId, personId).firstResultOptional();
    }

    /** Deletes a person's conversation in a cycle; returns how many rows went (0 or 1). */
    public static long deleteOf(UUID cycleId, UUID personId) {
        return delete("cycleId = ?1 and personId = ?2", cycleId, personId);
    }

    /** Deletes every conversation of a cycle. */
    public static long deleteOfCycle(UUID cycleId) {
        return delete("cycleId", cycleId);
    }

    /** Deletes every conversation of a person, in any cycle. */
    public static long deleteOfPerson(UUID personId) {
        return delete("personId", personId);
    }
}
