package io.pulsecheck.schedule;

/** How often a schedule opens a check-in cycle. */
public enum Cadence {
    weekly, biweekly, monthly, cron
}
