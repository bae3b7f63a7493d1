package io.pulsecheck.delivery;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Send slots per rate key by the generic cell rate algorithm: each send moves the key's next slot by one interval
 * (1 / (limit × pace)); a key may run ahead of time by its burst. Both stay below what the platform allows (its limit,
 * bursts of a second's worth), so requests that arrive early or bunched up still find the platform's bucket not empty.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    DeliveryAdapters adapters;

    @Inject
    DeliveryConfig config;

    /** Result of taking slots: how many sends may start now and the key's new state. */
    record Taken(int count, Instant nextSlotAt, Instant availableAt) {
    }

    Taken take(String rateKey, Instant storedNextSlot, Instant now, int wanted) {
        Duration interval = interval(rateKey);
        Duration tolerance = interval.multipliedBy(burst(rateKey) - 1L);
        Instant slot = storedNextSlot.isAfter(now) ? storedNextSlot : now;
        int count = 0;
        while (count < wanted && !slot.isAfter(now.plus(tolerance))) {
            slot = slot.plus(interval);
            count++;
        }
        return new Taken(count, slot, slot.minus(tolerance));
    }

    /** Time between two sends of a key at its steady pace. */
    Duration interval(String rateKey) {
        double pace = Math.min(1.0, Math.max(0.01, config.rateLimits().pace()));
        return Duration.ofNanos(Math.max(1L, (long) (1_000_000_000L / (perSecond(rateKey) * pace))));
    }

    /** Sends a key may make at once after a pause: the configured burst's worth at the full limit, at least one. */
    int burst(String rateKey) {
        double seconds = config.rateLimits().burst().toNanos() / 1e9;
        return Math.max(1, (int) Math.floor(perSecond(rateKey) * seconds));
    }

    double perSecond(String rateKey) {
        return adapters.rateFor(rateKey.substring(0, Math.max(0, rateKey.indexOf(':'))));
    }
}
