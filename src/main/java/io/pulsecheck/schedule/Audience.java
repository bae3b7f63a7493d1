package io.pulsecheck.schedule;

/** Whom a schedule asks. */
public enum Audience {
    /** The members of the schedule's team. */
    members,
    /**
     * The leaders of every team under the schedule's team (the whole organisation when it has none), reported only as
     * an aggregate of at least k leaders and never in a team report.
     */
    leaders
}
