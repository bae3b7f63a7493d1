package io.pulsecheck.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The fault tests' fast clock: never in production, one shared timeline for several processes. */
class SimulatedClockTest {

    private static final Instant REAL = Instant.parse("2026-11-25T12:00:00Z");
    private static final Clock SYSTEM = Clock.fixed(REAL, ZoneOffset.UTC);
    private static final Instant START = Instant.parse("2026-03-23T00:00:00Z");

    @Test
    void productionRefusesToStartWithASimulatedClock() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClockProducer.of(config(START, REAL, 1000), List.of("prod"), SYSTEM));
        assertEquals("pulsecheck.simulated-clock.start is set, but the simulated clock is for the test profile only",
                refused.getMessage());
    }

    @Test
    void systemClockWhenNothingIsSimulated() {
        assertSame(SYSTEM, ClockProducer.of(config(null, null, 1), List.of("test"), SYSTEM));
    }

    @Test
    void standsStillUntilTheAnchorThenRunsFaster() {
        Clock beforeAnchor = ClockProducer.of(config(START, REAL.plusSeconds(10), 3600), List.of("test"), SYSTEM);
        Clock afterAnchor = ClockProducer.of(config(START, REAL.minusSeconds(10), 3600), List.of("test"), SYSTEM);

        assertEquals(START, beforeAnchor.instant());
        assertEquals(START.plusSeconds(10 * 3600), afterAnchor.instant(), "ten real seconds are ten hours");
    }

    private static SimulatedClockConfig config(Instant start, Instant anchor, long speed) {
        return new SimulatedClockConfig() {
            @Override
            public Optional<Instant> start() {
                return Optional.ofNullable(start);
            }

            @Override
            public Optional<Instant> anchor() {
                return Optional.ofNullable(anchor);
            }

            @Override
            public long speed() {
                return speed;
            }
        };
    }
}
