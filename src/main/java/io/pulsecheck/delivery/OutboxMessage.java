package io.pulsecheck.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.PlatformId;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One outbound chat message in the transactional outbox: written in the same transaction as the change that causes
 * it, sent later by the delivery workers. The payload is the final platform JSON body; it never holds answer values.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    public enum Status {
        pending, sent, dead
    }

    @Id
    public UUID id;

    /** What the message is for, e.g. {@code prompt}, {@code reminder}, {@code digest}; see {@link MessageKind}. */
    public String kind;

    public PlatformId channel;

    /** Messages with the same key share one rate limit (platform workspace or webhook). */
    public String rateKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Destination destination;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode payload;

    @Enumerated(EnumType.STRING)
    public Status status = Status.pending;

    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;

    /** Optional idempotency key: a second message with the same key is not queued. */
    public String dedupKey;

    public Instant createdAt;
    public Instant sentAt;
}
