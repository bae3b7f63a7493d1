package io.pulsecheck.platform.mattermost;

/** How Mattermost messages travel; the string is stored in {@code outbox_message.destination}. */
public final class MattermostDestinations {

    /** Mattermost incoming webhook; the payload's {@code channel} is {@code @username} for a direct message. */
    public static final String WEBHOOK = "mattermost_webhook";
    /** The bot account through REST API v4; the payload names the recipient's user id (see MattermostBotAdapter). */
    public static final String BOT = "mattermost_bot";

    private MattermostDestinations() {
    }
}
