package io.pulsecheck.responses;

/**
 * The anonymity threshold k that applies to a cycle, as SQL over {@code cycle c}: the minimum number of pending
 * submissions written as plaintext at once. The one place that says where k comes from.
 */
final class CycleThreshold {

    /** k of the cycle aliased {@code c}: the team's own threshold, else the organisation's (as insights reads it). */
    static final String EFFECTIVE_K = """
            (select coalesce(t.k_threshold, o.k_threshold) from team t cross join org_settings o
             where t.id = c.team_id)""";

    private CycleThreshold() {
    }
}
