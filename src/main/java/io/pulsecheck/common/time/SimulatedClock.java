package io.pulsecheck.common.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** UTC time that stands at {@code start} until the real {@code anchor}, then runs {@code speed} times as fast. */
final class SimulatedClock extends Clock {

    private final Instant start;
    private final Instant anchor;
    private final long speed;
    private final Clock real;

    SimulatedClock(Instant start, Instant anchor, long speed, Clock real) {
        this.start = start;
        this.anchor = anchor;
        this.speed = speed;
        this.real = real;
    }

    @Override
    public Instant instant() {
        Duration elapsed = Duration.between(anchor, real.instant());
        return elapsed.isNegative() ? start : start.plus(elapsed.multipliedBy(speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
