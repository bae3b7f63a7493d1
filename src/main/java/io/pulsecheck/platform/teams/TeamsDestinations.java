package io.pulsecheck.platform.teams;

/** How Microsoft Teams messages travel; the string is stored in {@code outbox_message.destination}. */
public final class TeamsDestinations {

    /** Microsoft Teams Workflows webhook (Adaptive Card). */
    public static final String WEBHOOK = "teams_webhook";

    private TeamsDestinations() {
    }
}
