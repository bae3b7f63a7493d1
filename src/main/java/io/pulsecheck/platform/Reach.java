package io.pulsecheck.platform;

/** How a platform reaches a person with a check-in now. */
public enum Reach {
    /** The questions travel in the message and are answered there. */
    INTERACTIVE,
    /** The message carries only a link to the web check-in. */
    LINK,
    /** The platform cannot reach the person now (not configured, or not installed for them). */
    NONE
}
