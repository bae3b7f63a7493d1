package io.pulsecheck.customers;

/**
 * The customer metrics pulsecheck knows by name, with their unit, good direction and allowed range. Any other metric
 * is a custom one and brings its own unit and direction.
 */
public enum BuiltInMetric {
    /** Customer satisfaction, mean of 1..5 ratings. */
    CSAT("csat", "score 1-5", Direction.HIGHER_IS_BETTER, 1, 5),
    /** Net promoter score of customers. */
    NPS("nps", "NPS", Direction.HIGHER_IS_BETTER, -100, 100),
    /** First-contact resolution rate in percent. */
    FCR("fcr", "%", Direction.HIGHER_IS_BETTER, 0, 100),
    /** Number of complaints; the sample size is the number of contacts they came from. */
    COMPLAINTS("complaints", "count", Direction.LOWER_IS_BETTER, 0, Double.MAX_VALUE),
    /** Average handling time in seconds. */
    AHT("aht", "seconds", Direction.LOWER_IS_BETTER, 0, Double.MAX_VALUE);

    public final String key;
    public final String unit;
    public final Direction direction;
    public final double min;
    public final double max;

    BuiltInMetric(String key, String unit, Direction direction, double min, double max) {
        this.key = key;
        this.unit = unit;
        this.direction = direction;
        this.min = min;
        this.max = max;
    }

    /** The built-in metric with this key, or null for a custom one. */
    public static BuiltInMetric of(String key) {
        for (BuiltInMetric metric : values()) {
            if (metric.key.equals(key)) {
                return metric;
            }
        }
        return null;
    }
}
