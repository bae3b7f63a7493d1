package io.pulsecheck.customers;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way of a customer metric is good; serialised as its wire name. */
public enum Direction {
    /** CSAT, NPS, first-contact resolution. */
    HIGHER_IS_BETTER("higher_is_better"),
    /** Complaints, handling time. */
    LOWER_IS_BETTER("lower_is_better");

    private final String wireName;

    Direction(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The direction of a wire name, or null when there is none. */
    public static Direction of(String wireName) {
        for (Direction direction : values()) {
            if (direction.wireName.equals(wireName)) {
                return direction;
            }
        }
        return null;
    }

    /** +1 when a rise is good, -1 when a rise is bad. */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
