package io.pulsecheck.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.pulsecheck.delivery.adapters.SendOutcome;

/**
 * Records attempts and moves their messages on: sent, due again after a backoff or {@code Retry-After}, or dead. A
 * claimed batch is recorded in one transaction (one commit, two JDBC batches) rather than one commit per message. Each
 * update only applies while the row still carries its attempt's number, so an instance whose lease ran out cannot
 * overwrite the outcome of the instance that took over.
 */
@ApplicationScoped
public class AttemptRecorder {

    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class);

    /** One send and what came of it. */
    record Attempt(ClaimedMessage message, SendOutcome outcome, Duration took) {
    }

    /** The row's next state: status, sent_at (kept when null), last_error, next_attempt_at (kept when null). */
    private record Transition(Attempt attempt, String status, Instant sentAt, String error, Instant nextAttemptAt) {
    }

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

    /** Records every attempt of a batch in one transaction. */
    @Transactional
    void recordAll(List<Attempt> attempts) {
        write(attempts);
    }

    /** Records one attempt in its own transaction; the fallback when a batch could not be recorded as a whole. */
    @Transactional
    void record(Attempt attempt) {
        write(List.of(attempt));
    }

    private void write(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Transition> transitions = new ArrayList<>(attempts.size());
        // Sorted by key so that instances holding rate keys lock them in the same order and never deadlock.
        Map<String, Instant> heldKeys = new TreeMap<>();
        for (Attempt attempt : attempts) {
            Transition transition = transition(attempt, now);
            transitions.add(transition);
            if (attempt.outcome().retryAfter() != null && "pending".equals(transition.status())) {
                heldKeys.merge(attempt.message().rateKey(), transition.nextAttemptAt(),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        em.unwrap(Session.class).doWork(connection -> {
            insertAttempts(connection, attempts, now);
            updateMessages(connection, transitions);
            holdRateKeys(connection, heldKeys);
        });
        for (Transition transition : transitions) {
            count(transition, now);
        }
    }

    private Transition transition(Attempt attempt, Instant now) {
        ClaimedMessage message = attempt.message();
        SendOutcome outcome = attempt.outcome();
        return switch (outcome.result()) {
            case SENT -> new Transition(attempt, "sent", now, null, null);
            case DEAD -> new Transition(attempt, "dead", null, outcome.error(), null);
            case RETRY -> {
                if (message.attempt() >= config.retry().maxAttempts()) {
                    yield new Transition(attempt, "dead", null,
                            "gave up after " + message.attempt() + " attempts: " + outcome.error(), null);
                }
                Duration wait = outcome.retryAfter() != null ? backoff.honouring(outcome.retryAfter())
                        : backoff.after(message.attempt());
                yield new Transition(attempt, "pending", null, outcome.error(), now.plus(wait));
            }
        };
    }

    private static void insertAttempts(Connection connection, List<Attempt> attempts, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into delivery_attempt (id, message_id, attempted_at, http_status, outcome, error, duration_ms)
                values (?, ?, ?, ?, ?, ?, ?)
                """)) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            for (Attempt attempt : attempts) {
                SendOutcome outcome = attempt.outcome();
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, attempt.message().id());
                insert.setObject(3, at);
                insert.setObject(4, outcome.httpStatus(), Types.INTEGER);
                insert.setString(5, outcome.result().name().toLowerCase());
                insert.setString(6, outcome.error());
                insert.setLong(7, attempt.took().toMillis());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void updateMessages(Connection connection, List<Transition> transitions) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update outbox_message set status = ?, sent_at = coalesce(?, sent_at), last_error = ?,
                                          next_attempt_at = coalesce(?, next_attempt_at)
                where id = ? and attempts = ? and status = 'pending'
                """)) {
            for (Transition transition : transitions) {
                update.setString(1, transition.status());
                update.setObject(2, utc(transition.sentAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                update.setString(3, transition.error());
                update.setObject(4, utc(transition.nextAttemptAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                update.setObject(5, transition.attempt().message().id());
                update.setInt(6, transition.attempt().message().attempt());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** A 429 speaks for the whole workspace or webhook: nothing else goes there before the platform allows it. */
    private static void holdRateKeys(Connection connection, Map<String, Instant> heldKeys) throws SQLException {
        if (heldKeys.isEmpty()) {
            return;
        }
        try (PreparedStatement hold = connection.prepareStatement("""
                update delivery_rate_limit set next_slot_at = greatest(next_slot_at, ?),
                                               available_at = greatest(available_at, ?)
                where rate_key = ?
                """)) {
            for (Map.Entry<String, Instant> held : heldKeys.entrySet()) {
                hold.setObject(1, utc(held.getValue()), Types.TIMESTAMP_WITH_TIMEZONE);
                hold.setObject(2, utc(held.getValue()), Types.TIMESTAMP_WITH_TIMEZONE);
                hold.setString(3, held.getKey());
                hold.addBatch();
            }
            hold.executeBatch();
        }
    }

    private void count(Transition transition, Instant now) {
        Attempt attempt = transition.attempt();
        ClaimedMessage message = attempt.message();
        metrics.attempt(message, attempt.took());
        switch (transition.status()) {
            case "sent" -> metrics.sent(message, Duration.between(message.createdAt(), now));
            case "dead" -> {
                metrics.dead(message);
                LOG.warnf("Delivery %s (%s) is a dead letter: %s", message.id(), message.kind(), transition.error());
            }
            default -> {
                metrics.failed(message);
                LOG.infof("Delivery %s (%s) attempt %d failed, retrying at %s: %s", message.id(), message.kind(),
                        message.attempt(), transition.nextAttemptAt(), transition.error());
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
