package io.pulsecheck.platform.googlechat;

/** How Google Chat messages travel; the string is stored in {@code outbox_message.destination}. */
public final class GoogleChatDestinations {

    /** Google Chat space webhook. */
    public static final String WEBHOOK = "google_chat_webhook";

    private GoogleChatDestinations() {
    }
}
