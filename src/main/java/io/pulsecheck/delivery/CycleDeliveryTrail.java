package io.pulsecheck.delivery;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Removes a closed cycle's delivery trail that names a person: its prompts, reminders, leader prompts,
 * acknowledgements and replies (found by {@code outbox_message.cycle_id}, with their dedup keys and delivery
 * attempts), leaving only counts per kind, channel and status in {@code delivery_count}. Prompts and reminders not
 * yet sent are cancelled (counted as {@code cancelled}); an acknowledgement or reply still pending is kept until it is
 * sent or dead, so nothing acknowledged is lost, and removed by a later pass.
 */
@ApplicationScoped
public class CycleDeliveryTrail {

    @Inject
    EntityManager em;

    /** Deletes what it can now and returns how many messages it removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int clear(UUID cycleId) {
        // Attempts go with their message (on delete cascade); only their number is kept.
        return em.createNativeQuery("""
                with gone as (
                    delete from outbox_message m
                    where m.cycle_id = :cycle and m.person_id is not null
                      and (m.status <> 'pending' or m.kind in ('prompt', 'reminder', 'leader_prompt'))
                    returning m.kind, m.channel, case when m.status = 'pending' then 'cancelled' else m.status end
                              as status, m.attempts),
                counted as (
                    insert into delivery_count (cycle_id, kind, channel, status, messages, attempts)
                    select :cycle, kind, channel, status, count(*), sum(attempts) from gone
                    group by kind, channel, status
                    on conflict (cycle_id, kind, channel, status) do update
                    set messages = delivery_count.messages + excluded.messages,
                        attempts = delivery_count.attempts + excluded.attempts
                    returning messages)
                select count(*) from gone
                """).setParameter("cycle", cycleId).getSingleResult() instanceof Number n ? n.intValue() : 0;
    }

    /** Whether messages naming a person are left for the cycle (acknowledgements still being delivered). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remains(UUID cycleId) {
        return !em.createNativeQuery(
                "select 1 from outbox_message where cycle_id = :cycle and person_id is not null limit 1")
                .setParameter("cycle", cycleId).getResultList().isEmpty();
    }
}
