package io.pulsecheck.digest;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the latest cycle says, used to choose reassurance suggestions; the index drops and rises can also alert.
 * {@code action_due} is not read from answers: a leader action is to be told to the team in the coming check-in.
 */
public enum Signal {
    WELLBEING_DROP("wellbeing_drop"),
    STRESS_RISE("stress_rise"),
    TRANSPARENCY_DROP("transparency_drop"),
    /** Psychological safety fell by at least the threshold and beyond the noise; alerts. */
    SAFETY_DROP("safety_drop"),
    /** A further numeric dimension (trust, recognition, a custom one) fell by at least the threshold; alerts. */
    DIMENSION_DROP("dimension_drop"),
    /** Safety fell while a customer metric of the same week got worse (complaints up, CSAT down); digest only. */
    SAFETY_DROP_CUSTOMER_WORSE("safety_drop_customer_worse"),
    LOW_PARTICIPATION("low_participation"),
    STEADY("steady"),
    ACTION_DUE("action_due");

    public final String key;

    Signal(String key) {
        this.key = key;
    }

    /** The signal with this key, if there is one. */
    public static Optional<Signal> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
