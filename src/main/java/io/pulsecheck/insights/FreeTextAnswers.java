package io.pulsecheck.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Per question of the cycle that got free-text answers, in the set's order: the answers when at least
     * {@code threshold} answered it, else only the status. Nothing of a cycle that is not released.
     */
    public List<FreeTextInsights> of(UUID cycleId, int threshold) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select f.question_id, f.body from free_text_answer f
                join cycle c on c.id = f.cycle_id
                join question q on q.id = f.question_id
                where f.cycle_id = :cycle and %s
                order by q.position, f.id
                """.formatted(Cycle.releasedSql("c"))).setParameter("cycle", cycleId).getResultList();
        Map<UUID, List<String>> byQuestion = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byQuestion.computeIfAbsent((UUID) row[0], q -> new ArrayList<>()).add((String) row[1]);
        }
        List<FreeTextInsights> questions = new ArrayList<>();
        byQuestion.forEach((questionId, answers) -> {
            Question question = em.find(Question.class, questionId);
            boolean shown = answers.size() >= threshold;
            questions.add(new FreeTextInsights(questionId, question.key, question.text,
                    shown ? CommentsStatus.SHOWN : CommentsStatus.NOT_ENOUGH_COMMENTS, shown ? answers : null));
        });
        return questions;
    }
}
