package io.pulsecheck.common.time;

import java.time.Instant;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * A fast-running clock for fault tests that drive several packaged instances through weeks of schedules in a minute.
 * Honoured only when the active configuration profile is {@code test}; any other profile refuses to start with it set,
 * so a production service always reads the system clock.
 */
@ConfigMapping(prefix = "pulsecheck.simulated-clock")
public interface SimulatedClockConfig {

    /**
     * Simulated instant at {@link #anchor()}; unset means the system clock. Env:
     * {@code PULSECHECK_SIMULATED_CLOCK_START}.
     */
    Optional<Instant> start();

    /**
     * Real instant at which the simulated clock leaves {@link #start()}: before it the clock stands still, after it
     * runs {@link #speed()} times as fast. Several processes given the same values share one timeline.
     * Env: {@code PULSECHECK_SIMULATED_CLOCK_ANCHOR}.
     */
    Optional<Instant> anchor();

    /** Simulated seconds per real second. Env: {@code PULSECHECK_SIMULATED_CLOCK_SPEED}. */
    @WithDefault("1")
    long speed();
}
