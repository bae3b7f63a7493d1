package io.pulsecheck.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Closes cycles after their length: marks them closed and deletes their identity-linked state (invitations, open
 * conversations) and the prompts and reminders that have not gone out yet, all in one transaction per cycle.
 */
@ApplicationScoped
public class CycleCloser {

    private static final Logger LOG = Logger.getLogger(CycleCloser.class);

    @Inject
    EntityManager em;

    /** Returns how many cycles this call closed. */
    public int closeDue(Instant now) {
        int closed = 0;
        while (true) {
            Boolean one = QuarkusTransaction.requiringNew().call(() -> closeOne(now));
            if (!one) {
                return closed;
            }
            closed++;
        }
    }

    private boolean closeOne(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select id from cycle where status = 'open' and closes_at <= :now
                order by closes_at limit 1 for update skip locked
                """).setParameter("now", now).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        UUID cycleId = due.get(0);
        em.createNativeQuery("update cycle set status = 'closed' where id = :c").setParameter("c", cycleId)
                .executeUpdate();
        int invitations = em.createNativeQuery("delete from cycle_invitation where cycle_id = :c")
                .setParameter("c", cycleId).executeUpdate();
        em.createNativeQuery("delete from conversation where cycle_id = :c").setParameter("c", cycleId)
                .executeUpdate();
        int unsent = em.createNativeQuery("""
                delete from outbox_message where status = 'pending'
                  and (dedup_key like :prompt or dedup_key like :reminder)
                """).setParameter("prompt", "prompt:" + cycleId + ":%")
                .setParameter("reminder", "reminder:" + cycleId + ":%").executeUpdate();
        LOG.infof("Closed cycle %s: %d invitations and %d unsent prompts removed", cycleId, invitations, unsent);
        return true;
    }
}
