package io.pulsecheck.platform.teams;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Microsoft Teams. The prefix is {@code pulsecheck.ms-teams} because {@code pulsecheck.teams} configures the team
 * import.
 */
@ConfigMapping(prefix = "pulsecheck.ms-teams")
public interface TeamsConfig {

    /** Sends per second per Teams Workflows webhook. Env: {@code PULSECHECK_MS_TEAMS_RATE_LIMIT}. */
    @WithDefault("1")
    double rateLimit();
}
