package io.pulsecheck.insights;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Report ranges. Anonymity thresholds live in the database (organisation settings and per team). */
@ConfigMapping(prefix = "pulsecheck.insights")
public interface InsightsConfig {

    /** How many of the latest cycles a trend shows. Env: {@code PULSECHECK_INSIGHTS_TREND_CYCLES}. */
    @WithDefault("12")
    int trendCycles();

    /** Default date range of the organisation report, ending today. Env: {@code PULSECHECK_INSIGHTS_ORG_WINDOW}. */
    @WithDefault("P28D")
    Period orgWindow();

    /** Default date range of a team report, ending today. Env: {@code PULSECHECK_INSIGHTS_TEAM_WINDOW}. */
    @WithDefault("P1Y")
    Period teamWindow();
}
