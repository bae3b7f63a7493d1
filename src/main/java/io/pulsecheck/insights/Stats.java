package io.pulsecheck.insights;

/** Confidence intervals and the "larger than noise" test, computed from SQL aggregates (count, mean, sample SD). */
public final class Stats {

    /** Two-sided 97.5% quantiles of Student's t for 1..30 degrees of freedom. */
    private static final double[] T_975 = { 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
            2.056, 2.052, 2.048, 2.045, 2.042 };
    private static final double Z_975 = 1.959964;

    private Stats() {
    }

    /** The t quantile for a 95% interval; the normal quantile from 31 degrees of freedom on. */
    public static double t975(long degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            return Double.NaN;
        }
        return degreesOfFreedom <= T_975.length ? T_975[(int) degreesOfFreedom - 1] : Z_975;
    }

    /** Standard error of a mean; 0 when every value was the same, NaN for a single value. */
    public static double standardError(long n, Double sampleSd) {
        if (n < 2 || sampleSd == null) {
            return Double.NaN;
        }
        return sampleSd / Math.sqrt(n);
    }

    /** Half-width of the 95% t interval of a mean. */
    public static double halfWidth(long n, Double sampleSd) {
        return t975(n - 1) * standardError(n, sampleSd);
    }

    /** Wilson score interval of a proportion, as {low, high} in 0..1. */
    public static double[] wilson(long successes, long trials) {
        if (trials <= 0) {
            return new double[] { Double.NaN, Double.NaN };
        }
        double p = Math.min(1.0, (double) successes / trials);
        double z2 = Z_975 * Z_975;
        double denominator = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denominator;
        double half = Z_975 * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
        return new double[] { Math.max(0, centre - half), Math.min(1, centre + half) };
    }

    /**
     * Whether the difference of two means is larger than noise: the 95% interval of the difference (Welch standard
     * error, t with the smaller sample's degrees of freedom, which is conservative) excludes zero.
     */
    public static boolean significantChange(long n1, double mean1, Double sd1, long n2, double mean2, Double sd2) {
        double se1 = standardError(n1, sd1);
        double se2 = standardError(n2, sd2);
        if (Double.isNaN(se1) || Double.isNaN(se2)) {
            return false;
        }
        double se = Math.sqrt(se1 * se1 + se2 * se2);
        double difference = Math.abs(mean2 - mean1);
        if (se == 0) {
            return difference > 0;
        }
        return difference > t975(Math.min(n1, n2) - 1) * se;
    }

    public static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
