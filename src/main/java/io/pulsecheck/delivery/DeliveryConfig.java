package io.pulsecheck.delivery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Outbound delivery: workers, retries and pacing; each platform configures its own credentials and limits. */
@ConfigMapping(prefix = "pulsecheck.delivery")
public interface DeliveryConfig {

    /** The background worker and scheduler tick. */
    Worker worker();

    /** Retries and dead letters. */
    Retry retry();

    /** How much of each platform's limit the worker uses, and how far a rate key may burst. */
    RateLimits rateLimits();

    /** Time allowed for one HTTP request to a platform. Env: {@code PULSECHECK_DELIVERY_REQUEST_TIMEOUT}. */
    @WithDefault("10s")
    Duration requestTimeout();

    interface Worker {
        /**
         * Whether the scheduled tick sends due messages and runs the check-in cycle. Off in tests, which call the
         * plain methods. Env: {@code PULSECHECK_DELIVERY_WORKER_ENABLED}.
         */
        @WithDefault("true")
        boolean enabled();

        /** How often the tick runs. Env: {@code PULSECHECK_DELIVERY_WORKER_INTERVAL}. */
        @WithDefault("2s")
        String interval();

        /**
         * Messages one claim takes at first and whenever a rate key holds messages back. Env:
         * {@code PULSECHECK_DELIVERY_WORKER_BATCH_SIZE}.
         */
        @WithDefault("50")
        int batchSize();

        /**
         * Most messages one claim takes while claims come back full and no rate key holds any back: claims double
         * from {@code batch-size} up to this. With the next batch claimed while one is sent, at most twice this many
         * can be sent twice after a crash. Env: {@code PULSECHECK_DELIVERY_WORKER_UNLIMITED_BATCH_SIZE}.
         */
        @WithDefault("200")
        int unlimitedBatchSize();

        /** Concurrent HTTP sends per instance. Env: {@code PULSECHECK_DELIVERY_WORKER_PARALLELISM}. */
        @WithDefault("8")
        int parallelism();

        /**
         * How long a claimed message is reserved for the instance that claimed it; after a crash another instance
         * takes it over once this has passed. Must exceed the request timeout. Env: {@code PULSECHECK_DELIVERY_WORKER_LEASE}.
         */
        @WithDefault("2m")
        Duration lease();

        /** Longest time one tick keeps draining the outbox before it yields. Env: {@code PULSECHECK_DELIVERY_WORKER_MAX_DRAIN}. */
        @WithDefault("30s")
        Duration maxDrain();
    }

    interface Retry {
        /** Attempts before a message becomes a dead letter. Env: {@code PULSECHECK_DELIVERY_RETRY_MAX_ATTEMPTS}. */
        @WithDefault("8")
        int maxAttempts();

        /** Backoff before the second attempt; doubles with each attempt, with jitter. Env: {@code PULSECHECK_DELIVERY_RETRY_INITIAL_BACKOFF}. */
        @WithDefault("10s")
        Duration initialBackoff();

        /** Upper bound of the backoff and of an honoured Retry-After. Env: {@code PULSECHECK_DELIVERY_RETRY_MAX_BACKOFF}. */
        @WithDefault("1h")
        Duration maxBackoff();
    }

    /** Applied to the limit each platform's delivery adapter supplies for its rate keys. */
    interface RateLimits {
        /**
         * Share of each limit the worker uses when it sends steadily; the rest is headroom for the platform's clock
         * and network jitter, so a limit of N per second gives about 0.97 N and no 429. Env:
         * {@code PULSECHECK_DELIVERY_RATE_LIMITS_PACE}.
         */
        @WithDefault("0.97")
        double pace();

        /**
         * How far ahead of the steady pace a key may run, as time's worth of sends (at least one send). Platforms allow
         * bursts of a second's worth; using half of it leaves the other half for requests that arrive bunched up.
         * Env: {@code PULSECHECK_DELIVERY_RATE_LIMITS_BURST}.
         */
        @WithDefault("0.5s")
        Duration burst();
    }
}
