package io.pulsecheck.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo-data seed that lets a newcomer see the whole loop in dev mode (see README, "A tour"). */
@ConfigMapping(prefix = "pulsecheck.demo")
public interface DemoConfig {

    /**
     * Seed a demo department, two teams, their schedules and past check-ins at start-up, once per database. On only
     * in dev mode by default; never turn it on against a real organisation's database. Env:
     * {@code PULSECHECK_DEMO_ENABLED}.
     */
    @WithDefault("false")
    boolean enabled();
}
