package io.pulsecheck.teams;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the roster administration. */
@ConfigMapping(prefix = "pulsecheck.teams")
public interface TeamsConfig {

    /**
     * Most data rows a roster CSV import accepts in one request; larger files get 400.
     * Env: {@code PULSECHECK_TEAMS_IMPORT_MAX_ROWS}.
     */
    @WithDefault("20000")
    int importMaxRows();
}
