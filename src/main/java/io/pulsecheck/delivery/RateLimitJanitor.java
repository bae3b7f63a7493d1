package io.pulsecheck.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the rate-limit state of keys that have been idle for a while. Slack limits every {@code response_url} on
 * its own, so each answered prompt leaves a key behind that is never used again; without this the table grows by one
 * row per Submit. A state whose next slot has passed means exactly what no row means (the next claim starts from
 * now), so deleting it changes no limit; keys still waiting out a platform's {@code Retry-After} are kept.
 */
@ApplicationScoped
public class RateLimitJanitor {

    /** Idle longer than this: well past any burst window and any {@code Retry-After} a platform sends. */
    static final Duration IDLE = Duration.ofHours(1);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Scheduled(identity = "pulsecheck-rate-limit-purge", every = "1h", delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purgeIdle(clock.instant());
    }

    /** Deletes the state of keys idle since before {@code now} minus an hour; returns how many went. */
    @Transactional
    public int purgeIdle(Instant now) {
        Instant before = now.minus(IDLE);
        return em.createNativeQuery("""
                delete from delivery_rate_limit r
                where r.next_slot_at < :before and r.available_at < :before
                  and not exists (select 1 from outbox_message m where m.rate_key = r.rate_key and m.status = 'pending')
                """).setParameter("before", before).executeUpdate();
    }
}
