package io.pulsecheck.platform;

/** How a platform reaches one person with a check-in ({@link ChatPlatform#reach(ChatRecipient)}). */
public enum Reach {
    /** The questions travel in the message and are answered there. */
    INTERACTIVE,
    /** The message can carry only a link to the web check-in. */
    LINK,
    /** The platform cannot reach the person: not configured, or not installed for them. */
    NONE
}
