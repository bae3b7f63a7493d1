package io.pulsecheck.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

/**
 * Queues outbound messages in the caller's transaction, so a message exists exactly when the change that caused it
 * was committed.
 */
@ApplicationScoped
public class Outbox {

    /** Rows per multi-row insert: 13 parameters each, well below PostgreSQL's 65,535 per statement. */
    static final int ROWS_PER_INSERT = 500;

    /** Dedup keys per lookup, well below PostgreSQL's parameter limit. */
    static final int KEYS_PER_LOOKUP = 10_000;

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

    /**
     * Queues many messages in one statement per {@value #ROWS_PER_INSERT}, each unless one with the same dedup key
     * exists already: what a digest run queues for every leader at once.
     *
     * @return how many were queued (the rest were duplicates)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueueAll(List<OutboundMessage> messages) {
        Instant now = clock.instant();
        int queued = 0;
        for (int start = 0; start < messages.size(); start += ROWS_PER_INSERT) {
            List<OutboundMessage> chunk = messages.subList(start, Math.min(messages.size(), start + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("""
                    insert into outbox_message (id, kind, channel, rate_key, destination, payload, status, attempts,
                                                next_attempt_at, dedup_key, created_at, cycle_id, person_id)
                    values """);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",\n").append("""
                        (:id%1$d, :kind%1$d, :channel%1$d, :rateKey%1$d, cast(:destination%1$d as jsonb),
                         cast(:payload%1$d as jsonb), 'pending', 0, :due%1$d, :dedupKey%1$d, :now, :cycle%1$d,
                         :person%1$d)""".formatted(i));
            }
            sql.append("\non conflict (dedup_key) do nothing returning kind, channel");
            Query insert = OutboxMessage.getEntityManager().createNativeQuery(sql.toString(), Tuple.class)
                    .setParameter("now", now);
            for (int i = 0; i < chunk.size(); i++) {
                OutboundMessage message = chunk.get(i);
                insert.setParameter("id" + i, UUID.randomUUID())
                        .setParameter("kind" + i, message.kind().wireName())
                        .setParameter("channel" + i, message.channel().wireName())
                        .setParameter("rateKey" + i, adapters.rateKey(message.destination()))
                        .setParameter("destination" + i, DeliveryJson.write(message.destination()))
                        .setParameter("payload" + i, DeliveryJson.write(message.payload()))
                        .setParameter("due" + i, message.notBefore() == null ? now : message.notBefore())
                        .setParameter("dedupKey" + i, message.dedupKey())
                        .setParameter("cycle" + i, message.cycleId())
                        .setParameter("person" + i, message.personId());
            }
            for (Object row : insert.getResultList()) {
                Tuple inserted = (Tuple) row;
                metrics.queued(inserted.get(0, String.class), inserted.get(1, String.class));
                queued++;
            }
        }
        return queued;
    }

    /** Whether a message with this dedup key was queued already (and not yet purged). */
    public boolean isQueued(String dedupKey) {
        return (Boolean) OutboxMessage.getEntityManager()
                .createNativeQuery("select exists (select 1 from outbox_message where dedup_key = :key)")
                .setParameter("key", dedupKey).getSingleResult();
    }

    /**
     * Those of the dedup keys whose messages were queued already (and not yet purged), in one statement per
     * {@value #KEYS_PER_LOOKUP} keys.
     */
    @SuppressWarnings("unchecked")
    public Set<String> queuedKeys(Collection<String> dedupKeys) {
        List<String> keys = List.copyOf(dedupKeys);
        Set<String> queued = new HashSet<>();
        for (int start = 0; start < keys.size(); start += KEYS_PER_LOOKUP) {
            queued.addAll(OutboxMessage.getEntityManager()
                    .createNativeQuery("select dedup_key from outbox_message where dedup_key in (:keys)")
                    .setParameter("keys", keys.subList(start, Math.min(keys.size(), start + KEYS_PER_LOOKUP)))
                    .getResultList());
        }
        return queued;
    }
}
