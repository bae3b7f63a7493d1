package io.pulsecheck.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.pulsecheck.questions.Question;
import io.pulsecheck.schedule.Cycle;

/**
 * Reads a released cycle's free-text answers for the team report, grouped by question. Answers were scrubbed when
 * they were sealed and stored apart from the scores with no response id ({@code free_text_answer}); they are listed
 * in random (id) order, like comments, so no order hints at who wrote which.
 */
@ApplicationScoped
public class FreeTextAnswers {

    @Inject
    EntityManager em;

    /**
     * Per cycle (keyed by id, with its comment threshold as value) and per question that got free-text answers, in
     * the set's order: the answers when at least the cycle's threshold answered it, else only the status. Nothing of
     * a cycle that is not released. Two statements for any number of cycles: the answers, then their questions.
     */
    public Map<UUID, List<FreeTextInsights>> of(Map<UUID, Integer> thresholdByCycle) {
        if (thresholdByCycle.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select f.cycle_id, f.question_id, f.body from free_text_answer f
                join cycle c on c.id = f.cycle_id
                join question q on q.id = f.question_id
                where f.cycle_id in (:cycles) and %s
                order by f.cycle_id, q.position, f.id
                """.formatted(Cycle.releasedSql("c"))).setParameter("cycles", thresholdByCycle.keySet())
                .getResultList();
        Map<UUID, Map<UUID, List<String>>> byCycle = new LinkedHashMap<>();
        Set<UUID> questionIds = new HashSet<>();
        for (Object[] row : rows) {
            byCycle.computeIfAbsent((UUID) row[0], c -> new LinkedHashMap<>())
                    .computeIfAbsent((UUID) row[1], q -> new ArrayList<>()).add((String) row[2]);
            questionIds.add((UUID) row[1]);
        }
        Map<UUID, Question> questions = new HashMap<>();
        if (!questionIds.isEmpty()) {
            em.createQuery("from Question q where q.id in :ids", Question.class).setParameter("ids", questionIds)
                    .getResultList().forEach(q -> questions.put(q.id, q));
        }
        Map<UUID, List<FreeTextInsights>> result = new HashMap<>();
        byCycle.forEach((cycleId, byQuestion) -> {
            int threshold = thresholdByCycle.get(cycleId);
            List<FreeTextInsights> cycle = new ArrayList<>();
            byQuestion.forEach((questionId, answers) -> {
                Question question = questions.get(questionId);
                boolean shown = answers.size() >= threshold;
                cycle.add(new FreeTextInsights(questionId, question.key, question.text,
                        shown ? CommentsStatus.SHOWN : CommentsStatus.NOT_ENOUGH_COMMENTS, shown ? answers : null));
            });
            result.put(cycleId, cycle);
        });
        return result;
    }
}
