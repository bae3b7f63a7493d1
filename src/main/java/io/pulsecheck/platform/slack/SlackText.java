package io.pulsecheck.platform.slack;

/** Slack mrkdwn for text typed by people (leaders' actions, comments): it stays plain text and pings no one. */
final class SlackText {

    private SlackText() {
    }

    /** The three characters Slack wants escaped, so {@code <!channel>} or links stay plain text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Notification fallback text without markdown markers. */
    static String plain(String markdown) {
        return markdown.replace("*", "");
    }

    /** At most {@code max} characters, with an ellipsis when cut (Slack rejects longer fields). */
    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
