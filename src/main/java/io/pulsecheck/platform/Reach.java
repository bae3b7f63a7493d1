package io.pulsecheck.platform;

/** How a platform reaches a person with a check-in. */
public enum Reach {
    /** The questions arrive in the message and are answered there. */
    INTERACTIVE,
    /** The message carries only a link to the web check-in. */
    LINK,
    /** The person cannot be asked there. */
    NONE
}
