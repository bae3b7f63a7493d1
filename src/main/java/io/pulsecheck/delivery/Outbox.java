package io.pulsecheck.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Queues outbound messages in the caller's transaction, so a message exists exactly when the change that caused it
 * was committed.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Clock clock;

    @Inject
    DeliveryMetrics metrics;

    @Inject
    DeliveryAdapters adapters;

    /**
     * Queues the message unless one with the same dedup key exists already.
     *
     * @return the id of the queued message, or empty when it was a duplicate
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> enqueue(OutboundMessage message) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String rateKey = adapters.rateKey(message.destination());
        int inserted = OutboxMessage.getEntityManager().createNativeQuery("""
                insert into outbox_message (id, kind, channel, rate_key, destination, payload, status, attempts,
                                            next_attempt_at, dedup_key, created_at, cycle_id, person_id)
                values (:id, :kind, :channel, :rateKey, cast(:destination as jsonb), cast(:payload as jsonb), 'pending', 0,
                        :due, :dedupKey, :now, :cycle, :person)
                on conflict (dedup_key) do nothing
                """)
                .setParameter("id", id)
                .setParameter("kind", message.kind().wireName())
                .setParameter("channel", message.channel().wireName())
                .setParameter("rateKey", rateKey)
                .setParameter("destination", DeliveryJson.write(message.destination()))
                .setParameter("payload", DeliveryJson.write(message.payload()))
                .setParameter("due", message.notBefore() == null ? now : message.notBefore())
                .setParameter("dedupKey", message.dedupKey())
                .setParameter("now", now)
                .setParameter("cycle", message.cycleId())
                .setParameter("person", message.personId())
                .executeUpdate();
        if (inserted == 1) {
            metrics.queued(message.kind().wireName(), message.channel().wireName());
        }
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Whether a message with this dedup key was queued already (and not yet purged). */
    public boolean isQueued(String dedupKey) {
        return (Boolean) OutboxMessage.getEntityManager()
                .createNativeQuery("select exists (select 1 from outbox_message where dedup_key = :key)")
                .setParameter("key", dedupKey).getSingleResult();
    }
}
