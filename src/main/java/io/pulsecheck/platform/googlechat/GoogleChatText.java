package io.pulsecheck.platform.googlechat;

import java.util.regex.Pattern;

/** Google Chat card text (a subset of HTML) for text typed by people. */
public final class GoogleChatText {

    private static final Pattern BOLD = Pattern.compile("\\*([^*\\n]+)\\*");

    private GoogleChatText() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A shared prompt text, whose {@code *bold*} marks become card HTML; everything else escaped. */
    public static String card(String markdown) {
        return BOLD.matcher(escape(markdown)).replaceAll("<b>$1</b>");
    }

    /** At most {@code max} characters, cut with an ellipsis. */
    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
