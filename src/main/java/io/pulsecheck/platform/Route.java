package io.pulsecheck.platform;

/**
 * How the core reaches one person with a check-in, chosen by {@link ChatPlatforms#route}: the platform that sends,
 * the person as that platform knows them, and whether the message asks the questions or carries the web link.
 *
 * @param reach {@link Reach#INTERACTIVE}, {@link Reach#LINK} or {@link Reach#NONE}
 * @param via the platform that sends the message; null when nothing reaches the person
 * @param recipient the person as {@code via} addresses them; null when nothing reaches the person
 * @param reason why nothing reaches the person, for HR; null when something does
 */
public record Route(Reach reach, PlatformId via, ChatRecipient recipient, String reason) {

    static Route none(String reason) {
        return new Route(Reach.NONE, null, null, reason);
    }

    public boolean reachable() {
        return reach != Reach.NONE;
    }
}
