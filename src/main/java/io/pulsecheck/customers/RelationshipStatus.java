package io.pulsecheck.customers;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a correlation is shown, and if not, why; serialised as its wire name. */
public enum RelationshipStatus {
    SHOWN("shown"),
    /** Fewer common cycles than the minimum (8): too few to say anything. */
    NOT_ENOUGH_CYCLES("not_enough_cycles"),
    /** Enough cycles, but the 95% interval is wider than the configured maximum: it would say nothing useful. */
    INTERVAL_TOO_WIDE("interval_too_wide"),
    /** One of the two series did not vary over the common cycles. */
    NO_VARIATION("no_variation");

    private final String wireName;

    RelationshipStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
