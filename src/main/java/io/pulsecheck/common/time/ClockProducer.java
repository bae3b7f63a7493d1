package io.pulsecheck.common.time;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;
import io.smallrye.config.SmallRyeConfig;

/** The one source of "now"; tests replace it with a fixed or movable clock. */
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(SimulatedClockConfig simulated) {
        return of(simulated, ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles(),
                Clock.systemUTC());
    }

    static Clock of(SimulatedClockConfig simulated, List<String> activeProfiles, Clock system) {
        if (simulated.start().isEmpty()) {
            return system;
        }
        // A packaged service under a fault test runs with the test profile; production must never skew its time.
        if (!activeProfiles.contains("test")) {
            throw new IllegalStateException(
                    "pulsecheck.simulated-clock.start is set, but the simulated clock is for the test profile only");
        }
        if (simulated.speed() < 1) {
            throw new IllegalStateException("pulsecheck.simulated-clock.speed must be at least 1");
        }
        Instant anchor = simulated.anchor().orElseGet(system::instant);
        LOG.warnf("Simulated clock: %s at %s, running %d times as fast (test profile only)", simulated.start().get(),
                anchor, simulated.speed());
        return new SimulatedClock(simulated.start().get(), anchor, simulated.speed(), system);
    }
}
