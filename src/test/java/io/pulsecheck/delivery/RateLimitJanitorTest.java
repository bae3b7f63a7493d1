package io.pulsecheck.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Rate-limit state of keys used once (each Slack response_url) does not pile up; live limits are kept. */
@QuarkusTest
class RateLimitJanitorTest {

    private static final Instant NOW = Instant.parse("2031-05-06T10:00:00Z");

    @Inject
    RateLimitJanitor janitor;

    @Inject
    EntityManager em;

    @Test
    void deletesKeysIdleForMoreThanAnHour() {
        String idle = key(NOW.minusSeconds(2 * 3600), NOW.minusSeconds(2 * 3600));

        janitor.purgeIdle(NOW);

        assertEquals(0, rows(idle));
    }

    @Test
    void keepsKeysUsedWithinTheHour() {
        String recent = key(NOW.minusSeconds(20 * 60), NOW.minusSeconds(20 * 60));

        janitor.purgeIdle(NOW);

        assertEquals(1, rows(recent));
    }

    @Test
    void keepsKeysWaitingOutARetryAfter() {
        String waiting = key(NOW.plusSeconds(120), NOW.plusSeconds(120));

        janitor.purgeIdle(NOW);

        assertEquals(1, rows(waiting));
    }

    private String key(Instant nextSlot, Instant available) {
        String key = "slack_response_url:test:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into delivery_rate_limit (rate_key, next_slot_at, available_at) values (:k, :n, :a)")
                .setParameter("k", key).setParameter("n", at(nextSlot)).setParameter("a", at(available))
                .executeUpdate());
        return key;
    }

    private long rows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from delivery_rate_limit where rate_key = :k").setParameter("k", key)
                .getSingleResult()).longValue());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
