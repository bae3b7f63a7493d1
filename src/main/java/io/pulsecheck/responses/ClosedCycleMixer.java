package io.pulsecheck.responses;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Releases a closed cycle for reporting: in one transaction that touches no identity-bearing row it writes out the
 * submissions still pending (even fewer than k), then rewrites the cycle's responses, answers, free-text answers and
 * comments ordered by their random ids, so every row carries the same transaction id and the order of the batches is
 * lost, and marks the cycle in {@code closed_cycle_mixed}. Reports show a cycle only once it is closed and mixed.
 * In the same transaction it announces the cycle's rows as final ({@link CycleMixed}), so its statistics are written
 * with them.
 */
@ApplicationScoped
public class ClosedCycleMixer {

    @Inject
    PendingSubmissions pending;

    @Inject
    Event<CycleMixed> mixed;

    /** Flushes the rest and mixes the cycle's rows once; false when it was mixed before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mix(UUID cycleId) {
        EntityManager em = Response.getEntityManager();
        int marked = em.createNativeQuery(
                "insert into closed_cycle_mixed (cycle_id) values (:cycle) on conflict do nothing")
                .setParameter("cycle", cycleId).executeUpdate();
        if (marked == 0) {
            return false;
        }
        pending.flushCycle(cycleId, true);
        // One statement: foreign keys are checked at its end, when every response is back in place. PostgreSQL runs
        // every data-modifying WITH part exactly once, referenced or not.
        em.createNativeQuery("""
                with old_answers as (
                    delete from answer where response_id in (select id from response where cycle_id = :cycle)
                    returning id, response_id, question_id, dimension, value, choice),
                old_responses as (
                    delete from response where cycle_id = :cycle
                    returning id, cycle_id, team_id, cycle_date, question_set_version_id),
                new_responses as (
                    insert into response (id, cycle_id, team_id, cycle_date, question_set_version_id)
                    select id, cycle_id, team_id, cycle_date, question_set_version_id from old_responses order by id)
                insert into answer (id, response_id, question_id, dimension, value, choice)
                select id, response_id, question_id, dimension, value, choice from old_answers
                order by id
                """).setParameter("cycle", cycleId).executeUpdate();
        em.createNativeQuery("""
                with gone as (delete from response_comment where cycle_id = :cycle
                              returning id, cycle_id, team_id, cycle_date, body)
                insert into response_comment (id, cycle_id, team_id, cycle_date, body)
                select id, cycle_id, team_id, cycle_date, body from gone order by id
                """).setParameter("cycle", cycleId).executeUpdate();
        em.createNativeQuery("""
                with gone as (delete from free_text_answer where cycle_id = :cycle
                              returning id, cycle_id, team_id, cycle_date, question_id, body)
                insert into free_text_answer (id, cycle_id, team_id, cycle_date, question_id, body)
                select id, cycle_id, team_id, cycle_date, question_id, body from gone order by id
                """).setParameter("cycle", cycleId).executeUpdate();
        mixed.fire(new CycleMixed(cycleId));
        return true;
    }
}
