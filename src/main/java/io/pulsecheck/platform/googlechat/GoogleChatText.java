package io.pulsecheck.platform.googlechat;

/** Google Chat text for text typed by people (HR's team names, leaders' actions, comments). */
public final class GoogleChatText {

    private GoogleChatText() {
    }

    /** For card fields that take Google Chat's HTML subset (paragraphs, decorated text, section headers). */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * For a message's {@code text}, which knows no entities: a zero-width space after {@code <} stops
     * {@code <users/all>} mentions and links, and one after each format marker stops bold, italic, strike and code.
     */
    public static String plain(String text) {
        return text.replaceAll("([<*_~`])", "$1\u200B");
    }
}
