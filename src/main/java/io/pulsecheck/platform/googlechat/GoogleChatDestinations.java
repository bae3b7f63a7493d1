package io.pulsecheck.platform.googlechat;

import io.pulsecheck.delivery.Destination;

/** How Google Chat messages travel; the string is stored in {@code outbox_message.destination}. */
public final class GoogleChatDestinations {

    /** Google Chat space webhook. */
    public static final String WEBHOOK = "google_chat_webhook";
    /** Chat API {@code spaces.messages.create} as the Chat app; the destination's workspace is the space name. */
    public static final String API = "google_chat_api";

    private GoogleChatDestinations() {
    }

    /**
     * A message into a space through the Chat API. The space doubles as the rate key, as Google limits writes per
     * space; null when the person has no space (the message then becomes a dead letter HR can see).
     */
    public static Destination api(String spaceName) {
        return new Destination(API, null, spaceName);
    }
}
