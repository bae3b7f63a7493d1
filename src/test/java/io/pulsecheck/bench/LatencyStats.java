package io.pulsecheck.bench;

import java.util.Arrays;

/** Rate and latency percentiles of one load step. */
public record LatencyStats(String label, long ok, long failed, double perSecond, double p50Millis, double p99Millis) {

    /** From latencies in nanoseconds of the successful requests and the step's wall time. */
    public static LatencyStats of(String label, long[] okNanos, long failed, long wallNanos) {
        long[] sorted = okNanos.clone();
        Arrays.sort(sorted);
        double seconds = wallNanos / 1e9;
        return new LatencyStats(label, sorted.length, failed, seconds > 0 ? sorted.length / seconds : 0,
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** One line the bench scripts read: {@code RESULT label ok failed perSecond p50 p99}. */
    public String line() {
        return String.format(java.util.Locale.ROOT, "RESULT %s %d %d %.1f %.1f %.1f", label, ok, failed, perSecond,
                p50Millis, p99Millis);
    }
}
