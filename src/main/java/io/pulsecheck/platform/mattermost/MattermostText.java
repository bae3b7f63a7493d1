package io.pulsecheck.platform.mattermost;

/** Mattermost markdown for text typed by people (leaders' actions, comments). */
final class MattermostText {

    private MattermostText() {
    }

    /** Markdown-safe and mention-safe: a zero-width space after {@code @} stops {@code @channel} and {@code @all} pings. */
    static String escape(String text) {
        return text.replace("@", "@\u200B").replace("<", "&lt;").replace(">", "&gt;");
    }
}
