package io.pulsecheck.delivery;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Send slots per rate key by the generic cell rate algorithm: each send moves the key's next slot by one interval
 * (1 / rate); a key may run ahead of time by its burst (one second's worth of sends).
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    DeliveryAdapters adapters;

    /** Result of taking slots: how many sends may start now and the key's new state. */
    record Taken(int count, Instant nextSlotAt, Instant availableAt) {
    }

    Taken take(String rateKey, Instant storedNextSlot, Instant now, int wanted) {
        double perSecond = perSecond(rateKey);
        Duration interval = Duration.ofNanos(Math.max(1L, (long) (1_000_000_000L / perSecond)));
        int burst = Math.max(1, (int) Math.ceil(perSecond));
        Duration tolerance = interval.multipliedBy(burst - 1L);
        Instant slot = storedNextSlot.isAfter(now) ? storedNextSlot : now;
        int count = 0;
        while (count < wanted && !slot.isAfter(now.plus(tolerance))) {
            slot = slot.plus(interval);
            count++;
        }
        return new Taken(count, slot, slot.minus(tolerance));
    }

    double perSecond(String rateKey) {
        return adapters.rateFor(rateKey.substring(0, Math.max(0, rateKey.indexOf(':'))));
    }
}
