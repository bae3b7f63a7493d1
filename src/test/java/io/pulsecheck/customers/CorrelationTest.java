package io.pulsecheck.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Pearson's r and its Fisher-z interval against a reference calculation written out differently in the test. */
class CorrelationTest {

    /** r from raw sums, (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), not the two-pass form of the code. */
    static double referenceR(double[] x, double[] y) {
        int n = x.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sx += x[i];
            sy += y[i];
            sxx += x[i] * x[i];
            syy += y[i] * y[i];
            sxy += x[i] * y[i];
        }
        return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    }

    /** The 95% interval by Fisher: z = ½ ln((1+r)/(1−r)), z ± 1.959964/√(n−3), back with (e^{2z}−1)/(e^{2z}+1). */
    static double[] referenceInterval(double r, int n) {
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = 1.959964 / Math.sqrt(n - 3);
        return new double[] { back(z - half), back(z + half) };
    }

    private static double back(double z) {
        double e = Math.exp(2 * z);
        return (e - 1) / (e + 1);
    }

    /** A stress-like series and complaints that follow it with noise, as a contact centre's year might look. */
    private static double[][] generated(long seed, int n, double noise) {
        Random random = new Random(seed);
        double[] stress = new double[n];
        double[] complaints = new double[n];
        for (int i = 0; i < n; i++) {
            stress[i] = 40 + 15 * Math.sin(i / 5.0) + random.nextGaussian() * 4;
            complaints[i] = 20 + 0.8 * stress[i] + random.nextGaussian() * noise;
        }
        return new double[][] { stress, complaints };
    }

    @Test
    void matchesTheReferenceOnGeneratedData() {
        for (long seed = 1; seed <= 20; seed++) {
            int n = 8 + (int) seed * 2;
            double[][] data = generated(seed, n, 3 + seed);
            Correlation c = Correlation.of(data[0], data[1]);
            assertNotNull(c);
            double r = referenceR(data[0], data[1]);
            double[] interval = referenceInterval(r, n);
            assertEquals(n, c.n());
            assertEquals(r, c.r(), 1e-9, "r, seed " + seed);
            assertEquals(interval[0], c.low(), 1e-9, "low, seed " + seed);
            assertEquals(interval[1], c.high(), 1e-9, "high, seed " + seed);
            assertTrue(c.low() < c.r() && c.r() < c.high());
        }
    }

    @Test
    void negativeAssociationHasANegativeInterval() {
        double[][] data = generated(7, 30, 2);
        double[] inverted = new double[30];
        for (int i = 0; i < 30; i++) {
            inverted[i] = 5 - data[1][i] / 50;
        }
        Correlation c = Correlation.of(data[0], inverted);
        assertEquals(referenceR(data[0], inverted), c.r(), 1e-9);
        assertTrue(c.high() < 0);
        assertTrue(c.excludesZero());
    }

    @Test
    void intervalNarrowsWithMoreCycles() {
        double[][] few = generated(3, 10, 6);
        double[][] many = generated(3, 60, 6);
        assertTrue(Correlation.of(many[0], many[1]).width() < Correlation.of(few[0], few[1]).width());
    }

    @Test
    void nothingForFewerThanFourPairsOrASeriesThatNeverVaries() {
        assertNull(Correlation.of(new double[] { 1, 2, 3 }, new double[] { 2, 4, 7 }));
        assertNull(Correlation.of(new double[] { 1, 2, 3, 4, 5 }, new double[] { 3, 3, 3, 3, 3 }));
        assertFalse(Correlation.of(new double[] { 1, 2, 3, 4, 5 }, new double[] { 2, 1, 4, 3, 5 }).width() <= 0);
    }
}
