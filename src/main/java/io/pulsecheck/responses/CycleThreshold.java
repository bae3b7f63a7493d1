package io.pulsecheck.responses;

/**
 * The anonymity threshold k that applies to a cycle, as SQL over {@code cycle c}: the minimum number of pending
 * submissions written as plaintext at once. The one place that says where k comes from.
 */
final class CycleThreshold {

    /** k of the cycle aliased {@code c}: the threshold frozen on the cycle when it opened, as its reports use it. */
    static final String EFFECTIVE_K = "c.k_threshold";

    private CycleThreshold() {
    }
}
