package io.pulsecheck.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pulsecheck.questions.Question;

/** The questions a cycle asks, in the rotation's order (table {@code cycle_question}). */
public final class CycleQuestions {

    private CycleQuestions() {
    }

    @SuppressWarnings("unchecked")
    public static List<Question> of(UUID cycleId) {
        List<UUID> ids = Question.getEntityManager()
                .createNativeQuery("select question_id from cycle_question where cycle_id = :cycle order by position",
                        UUID.class)
                .setParameter("cycle", cycleId)
                .getResultList();
        List<Question> questions = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            questions.add(Question.findById(id));
        }
        return questions;
    }
}
