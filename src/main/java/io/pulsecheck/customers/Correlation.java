package io.pulsecheck.customers;

/**
 * Pearson's correlation of paired values with a 95% interval from Fisher's z transformation:
 * {@code z = atanh(r)}, standard error {@code 1 / sqrt(n - 3)}, interval {@code tanh(z ± 1.959964 × se)}.
 *
 * @param n number of pairs
 * @param r the correlation, -1..1
 * @param low lower end of the 95% interval
 * @param high upper end of the 95% interval
 */
public record Correlation(int n, double r, double low, double high) {

    private static final double Z_975 = 1.959964;

    /** The correlation of the pairs, or null when there are fewer than 4 or either side never varies. */
    public static Correlation of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must be paired");
        }
        int n = x.length;
        if (n < 4) {
            return null;
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        double r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = Z_975 / Math.sqrt(n - 3);
        return new Correlation(n, r, Math.tanh(z - half), Math.tanh(z + half));
    }

    /** Width of the interval on the -1..1 scale. */
    public double width() {
        return high - low;
    }

    /** Whether the interval excludes zero. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
