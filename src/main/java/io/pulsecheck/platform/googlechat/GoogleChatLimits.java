package io.pulsecheck.platform.googlechat;

/** What Google Chat accepts in one message, declared once; the renderers and the conformance suite read these. */
public final class GoogleChatLimits {

    /** Bytes of one message as sent (UTF-8 JSON, cards included). */
    public static final int MESSAGE_BYTES = 32_000;
    /** Characters of the message's {@code text}. */
    public static final int MESSAGE_TEXT = 4_096;
    /** Most characters of one comment or bullet, so that one long item cannot fill a card. */
    public static final int ITEM_TEXT = 4_000;

    private GoogleChatLimits() {
    }
}
