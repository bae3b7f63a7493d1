package io.pulsecheck.insights;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a report number is shown, and if not, why; serialised as its wire name ({@code not_enough_responses}). */
public enum MetricStatus {
    SHOWN("shown"),
    /** Fewer than k answered. */
    NOT_ENOUGH_RESPONSES("not_enough_responses"),
    /** Showing it would reveal a group smaller than k by subtraction from its siblings or parent. */
    SUPPRESSED_DIFFERENCING("suppressed_differencing"),
    NO_DATA("no_data"),
    /** A value of a cycle that is not released yet (open, or closed and not yet mixed). */
    NOT_RELEASED("not_released"),
    /** Participation of an unreleased cycle: rounded down to tens, nothing finer. */
    COARSE("coarse");

    private final String wireName;

    MetricStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
