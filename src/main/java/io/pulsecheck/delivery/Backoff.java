package io.pulsecheck.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Exponential backoff with jitter, so that retries after an outage do not arrive all at once. */
@ApplicationScoped
public class Backoff {

    @Inject
    DeliveryConfig config;

    /** Wait after the given failed attempt (1 = the first): half of the doubled delay fixed, half random. */
    Duration after(int attempt) {
        Duration initial = config.retry().initialBackoff();
        Duration max = config.retry().maxBackoff();
        int exponent = Math.min(Math.max(attempt - 1, 0), 30);
        Duration full = initial.multipliedBy(1L << exponent);
        if (full.compareTo(max) > 0 || full.isNegative()) {
            full = max;
        }
        long half = full.toMillis() / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /** A platform's Retry-After, bounded by the maximum backoff. */
    Duration honouring(Duration retryAfter) {
        Duration max = config.retry().maxBackoff();
        return retryAfter.compareTo(max) > 0 ? max : retryAfter;
    }
}
