package io.pulsecheck.responses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.pulsecheck.questions.Question;
import io.pulsecheck.schedule.CycleQuestion;

/**
 * The questions of cycles that receive submissions, kept in memory: a Submit validates against them without a query.
 * Safe on any number of replicas because a cycle's questions are fixed when it opens and never change. The entries are
 * unmanaged copies (never the caller's managed entities, which the caller's transaction may still use), read only;
 * the least recently used cycle goes first once {@link #CAPACITY} are held.
 */
@ApplicationScoped
public class OpenCycleQuestions {

    /** Enough for every cycle open at once in a large organisation; a miss costs one query. */
    static final int CAPACITY = 5_000;

    private final Map<UUID, List<Question>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, List<Question>> eldest) {
            return size() > CAPACITY;
        }
    };

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Question> of(UUID cycleId) {
        synchronized (cache) {
            List<Question> cached = cache.get(cycleId);
            if (cached != null) {
                return cached;
            }
        }
        List<Question> questions = CycleQuestion.questionsOf(cycleId).stream().map(OpenCycleQuestions::copy).toList();
        synchronized (cache) {
            cache.put(cycleId, questions);
        }
        return questions;
    }

    /** What validation reads of a question, in an object no persistence context knows. */
    private static Question copy(Question managed) {
        Question copy = new Question();
        copy.id = managed.id;
        copy.position = managed.position;
        copy.key = managed.key;
        copy.type = managed.type;
        copy.dimension = managed.dimension;
        copy.reverseScored = managed.reverseScored;
        copy.text = managed.text;
        copy.choices = managed.choices;
        copy.scaleLabels = managed.scaleLabels;
        return copy;
    }
}
