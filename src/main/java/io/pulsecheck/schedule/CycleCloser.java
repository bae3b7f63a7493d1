package io.pulsecheck.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.pulsecheck.responses.ClosedCycleMixer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Closes cycles after their length, in one clear sequence of transactions per cycle, none of which writes both an
 * identity-bearing and a readable anonymous row:
 * <ol>
 * <li>close: mark the cycle closed and delete its invitations, then fire {@link CycleClosed}, on which the owners
 * delete the open conversations and cancel prompts and reminders not yet sent (new submissions are refused from
 * here on);</li>
 * <li>release ({@link ClosedCycleMixer}): write out the submissions still pending, mix the cycle's anonymous rows and
 * mark it mixed; reports show a cycle only once it is closed and mixed;</li>
 * <li>forget: fire {@link CycleReleased}, on which the owners delete the receipts and every outbox row, dedup key
 * and delivery attempt that names a person for the cycle, keeping only delivery counts.</li>
 * </ol>
 * A crash between the steps leaves work the conversation janitor finishes with {@link #finish(UUID)}.
 */
@ApplicationScoped
public class CycleCloser {

    private static final Logger LOG = Logger.getLogger(CycleCloser.class);

    @Inject
    EntityManager em;

    @Inject
    ClosedCycleMixer mixer;

    @Inject
    Event<CycleClosed> cycleClosed;

    @Inject
    Event<CycleReleased> cycleReleased;

    /** Returns how many cycles this call closed. */
    public int closeDue(Instant now) {
        int closed = 0;
        while (true) {
            UUID cycleId = QuarkusTransaction.requiringNew().call(() -> closeOne(now));
            if (cycleId == null) {
                return closed;
            }
            finish(cycleId);
            closed++;
        }
    }

    /** Releases a closed cycle (steps 2 and 3 above); each step does nothing when it was done before. */
    public void finish(UUID cycleId) {
        QuarkusTransaction.requiringNew().run(() -> mixer.mix(cycleId));
        QuarkusTransaction.requiringNew().run(() -> forget(cycleId));
    }

    private UUID closeOne(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select id from cycle where status = 'open' and closes_at <= :now
                order by closes_at limit 1 for update skip locked
                """).setParameter("now", now).getResultList();
        if (due.isEmpty()) {
            return null;
        }
        UUID cycleId = due.get(0);
        Cycle cycle = em.find(Cycle.class, cycleId);
        em.createNativeQuery("update cycle set status = 'closed' where id = :c").setParameter("c", cycleId)
                .executeUpdate();
        int invitations = em.createNativeQuery("delete from cycle_invitation where cycle_id = :c")
                .setParameter("c", cycleId).executeUpdate();
        LOG.infof("Closed cycle %s: %d invitations removed", cycleId, invitations);
        cycleClosed.fire(new CycleClosed(cycleId, cycle.team.id, cycle.cycleDate));
        return cycleId;
    }

    private void forget(UUID cycleId) {
        cycleReleased.fire(new CycleReleased(cycleId));
    }
}
