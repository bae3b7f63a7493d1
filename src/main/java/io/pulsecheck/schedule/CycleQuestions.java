package io.pulsecheck.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulsecheck.questions.Question;

/** The questions of a cycle, in order. */
final class CycleQuestions {

    private CycleQuestions() {
    }

    /**
     * The rotation's subset: {@code size} questions, starting where the previous cycle stopped and wrapping around,
     * so that over successive cycles every question is asked in turn.
     */
    static List<Question> rotation(List<Question> all, int size, long previousCycles) {
        if (all.isEmpty()) {
            return List.of();
        }
        int count = Math.min(size, all.size());
        int start = (int) ((previousCycles * size) % all.size());
        List<Question> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(all.get((start + i) % all.size()));
        }
        return picked;
    }

    static List<Question> of(UUID cycleId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = Question.getEntityManager()
                .createNativeQuery("select question_id from cycle_question where cycle_id = :cycle order by position")
                .setParameter("cycle", cycleId).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Question> byId = new HashMap<>();
        for (Question question : Question.<Question>list("id in ?1", ids)) {
            byId.put(question.id, question);
        }
        List<Question> ordered = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            ordered.add(byId.get(id));
        }
        return ordered;
    }
}
