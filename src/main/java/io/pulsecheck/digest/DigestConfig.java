package io.pulsecheck.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Weekly leader digests, alerts and chart links. */
@ConfigMapping(prefix = "pulsecheck.digest")
public interface DigestConfig {

    /** Day of the weekly digest, in each leader's own time zone. Env: {@code PULSECHECK_DIGEST_WEEKDAY}. */
    @WithDefault("MONDAY")
    DayOfWeek weekday();

    /** Local time from which the weekly digest is sent. Env: {@code PULSECHECK_DIGEST_LOCAL_TIME}. */
    @WithDefault("08:00")
    LocalTime localTime();

    /** Whether the scheduled digest and alert jobs run (tests call them directly). Env: {@code PULSECHECK_DIGEST_JOBS_ENABLED}. */
    @WithDefault("true")
    boolean jobsEnabled();

    /** Key that signs chart image links (at least 32 random characters). Env: {@code PULSECHECK_DIGEST_CHART_SECRET}. */
    String chartSecret();

    /** How long a chart link in a digest stays valid. Env: {@code PULSECHECK_DIGEST_CHART_LINK_VALIDITY}. */
    @WithDefault("P14D")
    Duration chartLinkValidity();

    /**
     * Most recorded actions one check-in tells the team ("you said, we did"), oldest first; the rest wait for the
     * next check-in. Env: {@code PULSECHECK_DIGEST_ACTIONS_PER_CHECK_IN}.
     */
    @WithDefault("10")
    @Min(1)
    int actionsPerCheckIn();

    /** When an index change prompts the leader. */
    Alert alert();

    /** Alert thresholds, in index points; a change must also be larger than the noise. */
    interface Alert {

        /** Well-being drop that alerts. Env: {@code PULSECHECK_DIGEST_ALERT_WELLBEING_DROP}. */
        @WithDefault("10")
        double wellbeingDrop();

        /** Transparency drop that alerts. Env: {@code PULSECHECK_DIGEST_ALERT_TRANSPARENCY_DROP}. */
        @WithDefault("10")
        double transparencyDrop();

        /** Stress rise that alerts. Env: {@code PULSECHECK_DIGEST_ALERT_STRESS_RISE}. */
        @WithDefault("10")
        double stressRise();

        /** Psychological safety drop that alerts. Env: {@code PULSECHECK_DIGEST_ALERT_SAFETY_DROP}. */
        @WithDefault("10")
        double safetyDrop();

        /**
         * Drop that alerts for every further numeric dimension a set collects (trust, recognition, custom indices,
         * all 0..100 with higher meaning better), like the named indices. Env:
         * {@code PULSECHECK_DIGEST_ALERT_DIMENSION_DROP}.
         */
        @WithDefault("10")
        double dimensionDrop();
    }
}
