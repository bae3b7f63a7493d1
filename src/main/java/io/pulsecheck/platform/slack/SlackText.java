package io.pulsecheck.platform.slack;

import io.pulsecheck.platform.TextFit;

/**
 * Slack mrkdwn for text typed by people (HR's team names and questions, leaders' actions, comments): it stays plain
 * text, links nothing and pings no one.
 */
final class SlackText {

    private SlackText() {
    }

    /** The three characters Slack wants escaped, so {@code <!channel>} or {@code <https://…|…>} stay plain text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Notification fallback text without our bold markers; escaped text stays escaped. */
    static String plain(String markdown) {
        return truncate(markdown.replace("*", ""), SlackLimits.MESSAGE_TEXT);
    }

    /** At most {@code max} characters, cut between two characters with an ellipsis (Slack rejects longer fields). */
    static String truncate(String text, int max) {
        return TextFit.truncate(text, max);
    }
}
