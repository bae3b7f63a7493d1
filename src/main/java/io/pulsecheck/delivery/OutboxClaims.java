package io.pulsecheck.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Claims due outbox rows in one short transaction. {@code FOR UPDATE SKIP LOCKED} keeps concurrent workers (threads or
 * replicas) on disjoint rows, and a claimed row is leased: its next attempt moves past the lease, so nobody else takes
 * it while this instance sends, and another instance takes it over if this one dies. A reply to a person waits while
 * an earlier reply to them is pending (queued, leased or retrying), so parallel senders never reorder what one person
 * reads; replies queued in the same instant keep an arbitrary but fixed order.
 */
@ApplicationScoped
public class OutboxClaims {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeliveryConfig config;

    @Inject
    RateLimits rateLimits;

    /** A due row and the rate key it waits for. */
    private record Due(UUID id, String rateKey) {
    }

    /**
     * A claimed batch; {@code heldBack} when a rate key let fewer of its due messages go than were due, so the next
     * claim should stay small.
     */
    record Claim(List<ClaimedMessage> messages, boolean heldBack) {

        static final Claim NONE = new Claim(List.of(), false);
    }

    @Transactional
    Claim claim(int limit) {
        Instant now = clock.instant();
        List<Due> due = tuples(em.createNativeQuery("""
                select m.id, m.rate_key from outbox_message m
                left join delivery_rate_limit r on r.rate_key = m.rate_key
                where m.status = 'pending' and m.next_attempt_at <= :now
                  and (r.available_at is null or r.available_at <= :now)
                  and not (m.kind in ('conversation', 'acknowledgement') and m.person_id is not null and exists (
                      select 1 from outbox_message e
                      where e.person_id = m.person_id and e.status = 'pending'
                        and e.kind in ('conversation', 'acknowledgement')
                        and (e.created_at < m.created_at or (e.created_at = m.created_at and e.id < m.id))))
                order by m.next_attempt_at, m.id
                limit :limit
                for update of m skip locked
                """, Tuple.class).setParameter("now", now).setParameter("limit", limit)).stream()
                .map(row -> new Due(row.get(0, UUID.class), row.get(1, String.class))).toList();
        if (due.isEmpty()) {
            return Claim.NONE;
        }
        Map<String, List<UUID>> byKey = new HashMap<>();
        for (Due row : due) {
            byKey.computeIfAbsent(row.rateKey(), key -> new ArrayList<>()).add(row.id());
        }
        List<UUID> claimed = new ArrayList<>();
        boolean heldBack = false;
        // Sorted, so that instances lock rate keys in the same order and never deadlock.
        for (String key : new TreeSet<>(byKey.keySet())) {
            List<UUID> ids = byKey.get(key);
            int allowed = takeSlots(key, now, ids.size());
            heldBack |= allowed < ids.size();
            claimed.addAll(ids.subList(0, allowed));
        }
        if (claimed.isEmpty()) {
            return new Claim(List.of(), heldBack);
        }
        em.createNativeQuery("""
                update outbox_message set attempts = attempts + 1, next_attempt_at = :leaseEnd where id in (:ids)
                """).setParameter("leaseEnd", now.plus(config.worker().lease())).setParameter("ids", claimed)
                .executeUpdate();
        return new Claim(tuples(em.createNativeQuery("""
                select id, kind, channel, rate_key, cast(destination as text), cast(payload as text), attempts, created_at
                from outbox_message where id in (:ids)
                """, Tuple.class).setParameter("ids", claimed)).stream().map(OutboxClaims::claimed).toList(), heldBack);
    }

    /** A native query's rows; JPA types {@code createNativeQuery(sql, Tuple.class)} as a raw query. */
    @SuppressWarnings("unchecked")
    private static List<Tuple> tuples(Query query) {
        return query.getResultList();
    }

    private static ClaimedMessage claimed(Tuple row) {
        return new ClaimedMessage(row.get(0, UUID.class), row.get(1, String.class), row.get(2, String.class),
                row.get(3, String.class), readDestination(row.get(4, String.class)), row.get(5, String.class),
                row.get(6, Number.class).intValue(), toInstant(row.get(7)));
    }

    /**
     * The earliest instant a rate key with due messages has a free slot again; empty when no such key has a state.
     * It may already have passed: the slot freed up between the empty claim and this query, and the caller claims
     * again at once instead of leaving the key to the next tick.
     */
    @Transactional
    Optional<Instant> nextRateLimitedSlot(Instant now) {
        Object earliest = em.createNativeQuery("""
                select min(r.available_at) from delivery_rate_limit r
                where exists (select 1 from outbox_message m
                              where m.rate_key = r.rate_key and m.status = 'pending' and m.next_attempt_at <= :now)
                """).setParameter("now", now).getSingleResult();
        return earliest == null ? Optional.empty() : Optional.of(toInstant(earliest));
    }

    private int takeSlots(String rateKey, Instant now, int wanted) {
        em.createNativeQuery("""
                insert into delivery_rate_limit (rate_key, next_slot_at, available_at) values (:key, :now, :now)
                on conflict (rate_key) do nothing
                """).setParameter("key", rateKey).setParameter("now", now).executeUpdate();
        Object stored = em.createNativeQuery(
                "select next_slot_at from delivery_rate_limit where rate_key = :key for update")
                .setParameter("key", rateKey).getSingleResult();
        RateLimits.Taken taken = rateLimits.take(rateKey, toInstant(stored), now, wanted);
        if (taken.count() > 0) {
            em.createNativeQuery("""
                    update delivery_rate_limit set next_slot_at = :next, available_at = :available where rate_key = :key
                    """).setParameter("next", taken.nextSlotAt()).setParameter("available", taken.availableAt())
                    .setParameter("key", rateKey).executeUpdate();
        }
        return taken.count();
    }

    static Destination readDestination(String json) {
        try {
            return DeliveryJson.MAPPER.readValue(json, Destination.class);
        } catch (JsonProcessingException e) {
            return new Destination("unreadable", null, null);
        }
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
