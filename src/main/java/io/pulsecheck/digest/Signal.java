package io.pulsecheck.digest;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the latest cycle says, used to choose reassurance suggestions; the first three can also alert. {@code action_due}
 * is not read from answers: a leader action is to be told to the team in the coming check-in.
 */
public enum Signal {
    WELLBEING_DROP("wellbeing_drop"),
    STRESS_RISE("stress_rise"),
    TRANSPARENCY_DROP("transparency_drop"),
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
