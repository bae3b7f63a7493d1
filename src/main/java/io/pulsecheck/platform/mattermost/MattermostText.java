package io.pulsecheck.platform.mattermost;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mattermost markdown for text typed by people (HR's team names and questions, leaders' actions, comments). */
final class MattermostText {

    /** Inline markdown: emphasis, code, links, strike-through. */
    private static final Pattern INLINE = Pattern.compile("[\\\\`*_\\[\\]~]");
    /** What makes a line a heading, quote or list. */
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#+\\-]|\\d+\\.)(?=\\s|$)");

    private MattermostText() {
    }

    /**
     * Markdown-safe and mention-safe: markdown punctuation is backslash-escaped, {@code & < >} become entities (so no
     * HTML, autolink or quote), and a zero-width space after {@code @} stops {@code @channel},
     * {@code @all}, {@code @here} pings; {@code ~} (channel links) is escaped like the rest.
     */
    static String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        escaped = INLINE.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
        escaped = LINE_START.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement(match.group(1)
                + escapeMarker(match.group(2))));
        return escaped.replace("@", "@\u200B");
    }

    /** Plain text that Mattermost shows as is (button names, attachment fallbacks): only pings are defused. */
    static String plain(String text) {
        return text.replace("@", "@\u200B");
    }

    /** "-" becomes "\\-", "1." becomes "1\\.": a backslash before a digit would be shown, not read. */
    private static String escapeMarker(String marker) {
        return marker.endsWith(".") ? marker.substring(0, marker.length() - 1) + "\\." : "\\" + marker;
    }
}
