package io.pulsecheck.responses;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A free-text answer, scrubbed and stored like a comment: apart from the scores, with no response id, so a text
 * cannot be tied to the scores of the person who wrote it.
 */
@Entity
@Table(name = "free_text_answer")
public class FreeTextAnswer extends PanacheEntityBase {

    /** Random (version 4) UUID. */
    @Id
    public UUID id;

    public UUID cycleId;
    public UUID teamId;
    public LocalDate cycleDate;
    public UUID questionId;
    public String body;
}
