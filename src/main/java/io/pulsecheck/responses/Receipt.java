package io.pulsecheck.responses;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * That a person answered in a cycle: used for reminders and to refuse a second submission. It has no timestamp and
 * shares no key with the anonymous {@link Response}.
 */
@Entity
@Table(name = "receipt")
public class Receipt extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    /** The composite primary key. */
    @Embeddable
    public record Key(@Column(name = "cycle_id") UUID cycleId, @Column(name = "person_id") UUID personId)
            implements Serializable {
    }

    public static boolean exists(UUID cycleId, UUID personId) {
        return count("id.cycleId = ?1 and id.personId = ?2", cycleId, personId) > 0;
    }
}
