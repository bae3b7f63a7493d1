package io.pulsecheck.responses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.questions.Question;

/**
 * The questions of cycles that receive submissions, kept in memory: a Submit validates against them without a query.
 * Safe on any number of replicas because a cycle's questions are fixed when it opens and never change. The entries are
 * detached copies that nothing writes to; the least recently used cycle goes first once {@link #CAPACITY} are held.
 */
@ApplicationScoped
public class OpenCycleQuestions {

    /** Enough for every cycle open at once in a large organisation; a miss costs one query. */
    static final int CAPACITY = 5_000;

    @Inject
    EntityManager em;

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
        List<Question> loaded = CycleQuestions.of(cycleId);
        // Detached, so that no transaction's flush ever sees them and they can be shared between requests.
        loaded.forEach(em::detach);
        List<Question> questions = List.copyOf(loaded);
        synchronized (cache) {
            cache.put(cycleId, questions);
        }
        return questions;
    }
}
