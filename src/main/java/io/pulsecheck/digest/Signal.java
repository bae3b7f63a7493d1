package io.pulsecheck.digest;

/** What the latest cycle says, used to choose reassurance suggestions; the first three can also alert. */
public enum Signal {
    WELLBEING_DROP("wellbeing_drop"),
    STRESS_RISE("stress_rise"),
    TRANSPARENCY_DROP("transparency_drop"),
    LOW_PARTICIPATION("low_participation"),
    STEADY("steady");

    public final String key;

    Signal(String key) {
        this.key = key;
    }
}
