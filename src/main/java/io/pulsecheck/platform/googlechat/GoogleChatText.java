package io.pulsecheck.platform.googlechat;

import java.util.regex.Pattern;

/** Google Chat text for text typed by people (HR's team names, leaders' actions, comments). */
final class GoogleChatText {

    private static final Pattern BOLD = Pattern.compile("\\*([^*\\n]+)\\*");

    private GoogleChatText() {
    }

    /** For card fields that take Google Chat's HTML subset (paragraphs, decorated text, section headers). */
    static String escape(String text) {
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

    /**
     * For a message's {@code text}, which knows no entities: a zero-width space after {@code <} stops
     * {@code <users/all>} mentions and links, and one after each format marker stops bold, italic, strike and code.
     */
    static String plain(String text) {
        return text.replaceAll("([<*_~`])", "$1\u200B");
    }
}
