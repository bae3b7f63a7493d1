package io.pulsecheck.schedule;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.pulsecheck.questions.Question;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A question a cycle asks, at its position in the cycle's rotation; fixed when the cycle opens. */
@Entity
@Table(name = "cycle_question")
public class CycleQuestion extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    public int position;

    /** The primary key: one row per cycle and question. */
    @Embeddable
    public record Key(@Column(name = "cycle_id") UUID cycleId, @Column(name = "question_id") UUID questionId)
            implements Serializable {
    }

    /** The questions the cycle asks, in order, loaded in one query. */
    public static List<Question> questionsOf(UUID cycleId) {
        return getEntityManager().createQuery("""
                select q from CycleQuestion c, Question q
                where c.id.questionId = q.id and c.id.cycleId = :cycle
                order by c.position""", Question.class).setParameter("cycle", cycleId).getResultList();
    }
}
