package io.pulsecheck.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.pulsecheck.schedule.CycleClosed;
import io.pulsecheck.schedule.CycleReleased;
import io.pulsecheck.teams.PersonErased;

/**
 * Deletes outbox rows that name a person once they have no use, found by the message's {@code person_id} and
 * {@code cycle_id} columns (never by dedup key or payload): every message addressed to or about an erased person,
 * pending ones included (they are never sent), and the person trail of a closed cycle ({@link CycleDeliveryTrail}).
 */
@ApplicationScoped
public class OutboxCleanup {

    private static final Logger LOG = Logger.getLogger(OutboxCleanup.class);

    @Inject
    EntityManager em;

    @Inject
    CycleDeliveryTrail trail;

    void onPersonErased(@Observes PersonErased erased) {
        // Attempts go with their message (on delete cascade).
        int deleted = em.createNativeQuery("delete from outbox_message where person_id = :person")
                .setParameter("person", erased.personId()).executeUpdate();
        LOG.debugf("Deleted %d outbound messages of an erased person", deleted);
    }

    void onCycleClosed(@Observes CycleClosed closed) {
        int removed = trail.clear(closed.cycleId());
        LOG.infof("Closed cycle %s: %d prompts, reminders or replies removed", closed.cycleId(), removed);
    }

    void onCycleReleased(@Observes CycleReleased released) {
        int removed = trail.clear(released.cycleId());
        LOG.debugf("Released cycle %s: %d messages naming a person removed", released.cycleId(), removed);
    }
}
