package io.pulsecheck.conversation;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A handled inbound request (see {@link InboundRequests}); holds no identity and no answer. */
@Entity
@Table(name = "inbound_request")
public class InboundRequestRow extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    /** The end of the retention bucket the request arrived in, not its arrival time (see {@link InboundRequests}). */
    public Instant receivedAt;

    /** Source (e.g. {@code slack-event}) and SHA-256 of the request key. */
    @Embeddable
    public record Key(String source, String keyHash) implements Serializable {
    }
}
