package io.pulsecheck.insights;

/** The indices computed per cell; each name is the question dimension it is computed from. */
public enum Index {
    WELLBEING("wellbeing", 0, 100),
    STRESS("stress", 0, 100),
    TRANSPARENCY("transparency", 0, 100),
    ENPS("enps", -100, 100),
    /** Psychological safety: speaking up, admitting mistakes, no fear of consequences or for one's job. */
    SAFETY("safety", 0, 100);

    public final String dimension;
    public final double min;
    public final double max;

    Index(String dimension, double min, double max) {
        this.dimension = dimension;
        this.min = min;
        this.max = max;
    }

    public static Index ofDimension(String dimension) {
        for (Index index : values()) {
            if (index.dimension.equals(dimension)) {
                return index;
            }
        }
        return null;
    }
}
