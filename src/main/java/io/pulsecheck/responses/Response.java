package io.pulsecheck.responses;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One sealed, anonymous submission: a random id, the cycle and its date, nothing that leads back to a person. Its
 * {@link Answer}s share its id.
 */
@Entity
@Table(name = "response")
public class Response extends PanacheEntityBase {

    /** Random (version 4) UUID assigned when sealing; never generated from a sequence or a time. */
    @Id
    public UUID id;

    public UUID cycleId;
    public UUID teamId;

    /** The cycle's date, the only time an answer carries. */
    public LocalDate cycleDate;

    public UUID questionSetVersionId;
}
