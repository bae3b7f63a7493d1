package io.pulsecheck.responses;

import java.util.List;
import java.util.UUID;

import io.pulsecheck.questions.Question;

/** The questions a cycle asks, in the rotation's order (table {@code cycle_question}). */
public final class CycleQuestions {

    private CycleQuestions() {
    }

    /** One query for all of them, rather than one per question. */
    @SuppressWarnings("unchecked")
    public static List<Question> of(UUID cycleId) {
        return Question.getEntityManager()
                .createNativeQuery("""
                        select q.* from cycle_question cq join question q on q.id = cq.question_id
                        where cq.cycle_id = :cycle order by cq.position
                        """, Question.class)
                .setParameter("cycle", cycleId)
                .getResultList();
    }
}
