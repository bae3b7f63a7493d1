package io.pulsecheck.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.pulsecheck.delivery.adapters.SendOutcome;

/**
 * Records one attempt and moves the message on: sent, due again after a backoff or {@code Retry-After}, or dead. The
 * update only applies while the row still carries this attempt's number, so an instance whose lease ran out cannot
 * overwrite the outcome of the instance that took over.
 */
@ApplicationScoped
public class AttemptRecorder {

    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeliveryConfig config;

    @Inject
    Backoff backoff;

    @Inject
    DeliveryMetrics metrics;

    @Transactional
    void record(ClaimedMessage message, SendOutcome outcome, Duration took) {
        Instant now = clock.instant();
        em.createNativeQuery("""
                insert into delivery_attempt (id, message_id, attempted_at, http_status, outcome, error, duration_ms)
                values (:id, :message, :at, :status, :outcome, :error, :duration)
                """).setParameter("id", UUID.randomUUID()).setParameter("message", message.id())
                .setParameter("at", now).setParameter("status", outcome.httpStatus())
                .setParameter("outcome", outcome.result().name().toLowerCase())
                .setParameter("error", outcome.error()).setParameter("duration", took.toMillis())
                .executeUpdate();
        metrics.attempt(message, took);
        switch (outcome.result()) {
            case SENT -> {
                update(message, "status = 'sent', sent_at = :now, last_error = null", now, null, null);
                metrics.sent(message, Duration.between(message.createdAt(), now));
            }
            case DEAD -> {
                update(message, "status = 'dead', last_error = :error", now, outcome.error(), null);
                metrics.dead(message);
                LOG.warnf("Delivery %s (%s) is a dead letter: %s", message.id(), message.kind(), outcome.error());
            }
            case RETRY -> {
                if (message.attempt() >= config.retry().maxAttempts()) {
                    update(message, "status = 'dead', last_error = :error", now,
                            "gave up after " + message.attempt() + " attempts: " + outcome.error(), null);
                    metrics.dead(message);
                    LOG.warnf("Delivery %s (%s) gave up after %d attempts: %s", message.id(), message.kind(),
                            message.attempt(), outcome.error());
                    return;
                }
                Duration wait = outcome.retryAfter() != null ? backoff.honouring(outcome.retryAfter())
                        : backoff.after(message.attempt());
                update(message, "next_attempt_at = :next, last_error = :error", now, outcome.error(), now.plus(wait));
                if (outcome.retryAfter() != null) {
                    holdRateKey(message.rateKey(), now.plus(wait));
                }
                metrics.failed(message);
                LOG.infof("Delivery %s (%s) attempt %d failed, retrying in %s: %s", message.id(), message.kind(),
                        message.attempt(), wait, outcome.error());
            }
        }
    }

    private void update(ClaimedMessage message, String set, Instant now, String error, Instant next) {
        var query = em.createNativeQuery("update outbox_message set " + set
                + " where id = :id and attempts = :attempt and status = 'pending'")
                .setParameter("id", message.id()).setParameter("attempt", message.attempt());
        if (set.contains(":now")) {
            query.setParameter("now", now);
        }
        if (set.contains(":error")) {
            query.setParameter("error", error);
        }
        if (set.contains(":next")) {
            query.setParameter("next", next);
        }
        query.executeUpdate();
    }

    /** A 429 speaks for the whole workspace or webhook: nothing else goes there before the platform allows it. */
    private void holdRateKey(String rateKey, Instant until) {
        em.createNativeQuery("""
                update delivery_rate_limit set next_slot_at = greatest(next_slot_at, :until),
                                               available_at = greatest(available_at, :until)
                where rate_key = :key
                """).setParameter("until", until).setParameter("key", rateKey).executeUpdate();
    }
}
