package io.pulsecheck.responses;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An end-of-pulse comment, scrubbed, stored apart from the scores: no response id, so a comment cannot be tied to a
 * set of answers.
 */
@Entity
@Table(name = "response_comment")
public class ResponseComment extends PanacheEntityBase {

    /** Random (version 4) UUID. */
    @Id
    public UUID id;

    public UUID cycleId;
    public UUID teamId;
    public LocalDate cycleDate;
    public String body;
}
