package io.pulsecheck.responses;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Removes the last traces of who answered what from a closed cycle. While a cycle is open, each sealing transaction
 * writes a receipt and a response together, so PostgreSQL's row transaction id ({@code xmin}) and the physical row
 * order could pair them. After close this deletes the cycle's receipts and rewrites its responses, answers and
 * comments in one transaction, ordered by their random ids: every row then carries the same transaction id and
 * submission order is lost. In the same transaction it announces the cycle as final ({@link CycleMixed}), so its
 * statistics are written with it.
 */
@ApplicationScoped
public class ClosedCycleMixer {

    @Inject
    Event<CycleMixed> mixed;

    /** Mixes the cycle's sealed rows once; false when it was mixed before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mix(UUID cycleId) {
        EntityManager em = Response.getEntityManager();
        int marked = em.createNativeQuery(
                "insert into closed_cycle_mixed (cycle_id) values (:cycle) on conflict do nothing")
                .setParameter("cycle", cycleId).executeUpdate();
        if (marked == 0) {
            return false;
        }
        // Receipts only serve reminders and the refusal of a second submission, both over once the cycle closed.
        // Deleting them means a post-close reader cannot even tell who answered, so a lone respondent stays hidden.
        em.createNativeQuery("delete from receipt where cycle_id = :cycle").setParameter("cycle", cycleId)
                .executeUpdate();
        // One statement: foreign keys are checked at its end, when every response is back in place. PostgreSQL runs
        // every data-modifying WITH part exactly once, referenced or not.
        em.createNativeQuery("""
                with old_answers as (
                    delete from answer where response_id in (select id from response where cycle_id = :cycle)
                    returning id, response_id, question_id, dimension, value, choice, text_value),
                old_responses as (
                    delete from response where cycle_id = :cycle
                    returning id, cycle_id, team_id, cycle_date, question_set_version_id),
                new_responses as (
                    insert into response (id, cycle_id, team_id, cycle_date, question_set_version_id)
                    select id, cycle_id, team_id, cycle_date, question_set_version_id from old_responses order by id)
                insert into answer (id, response_id, question_id, dimension, value, choice, text_value)
                select id, response_id, question_id, dimension, value, choice, text_value from old_answers
                order by id
                """).setParameter("cycle", cycleId).executeUpdate();
        em.createNativeQuery("""
                with gone as (delete from response_comment where cycle_id = :cycle
                              returning id, cycle_id, team_id, cycle_date, body)
                insert into response_comment (id, cycle_id, team_id, cycle_date, body)
                select id, cycle_id, team_id, cycle_date, body from gone order by id
                """).setParameter("cycle", cycleId).executeUpdate();
        mixed.fire(new CycleMixed(cycleId));
        return true;
    }
}
