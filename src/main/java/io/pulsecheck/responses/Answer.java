package io.pulsecheck.responses;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One anonymous score of a {@link Response}: a number or a choice. Free text lives in {@link FreeTextAnswer}. */
@Entity
@Table(name = "answer")
public class Answer extends PanacheEntityBase {

    /** Random (version 4) UUID. */
    @Id
    public UUID id;

    public UUID responseId;
    public UUID questionId;

    /** The question's dimension, copied so scoring needs no join. */
    public String dimension;

    /** Scales and yes/no (1 yes, 0 no). */
    public Integer value;

    /** Single choice: the chosen value. */
    public String choice;
}
