package io.pulsecheck.platform.teams;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adaptive Card text for text typed by people (HR's team names, leaders' actions, comments): the TextBlock markdown
 * subset (emphasis, links, lists) is backslash-escaped and {@code & < >} become entities, so nothing of theirs is
 * rendered as markup or a mention.
 */
final class TeamsText {

    private static final Pattern INLINE = Pattern.compile("[\\\\`*_\\[\\]~]");
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#+\\-]|\\d+\\.)(?=\\s|$)");

    private TeamsText() {
    }

    static String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        escaped = INLINE.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
        return LINE_START.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement(match.group(1)
                + escapeMarker(match.group(2))));
    }

    /** "-" becomes "\\-", "1." becomes "1\\.": a backslash before a digit would be shown, not read. */
    private static String escapeMarker(String marker) {
        return marker.endsWith(".") ? marker.substring(0, marker.length() - 1) + "\\." : "\\" + marker;
    }
}
