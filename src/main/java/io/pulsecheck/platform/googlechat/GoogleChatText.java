package io.pulsecheck.platform.googlechat;

/** Google Chat card text (a subset of HTML) for text typed by people. */
final class GoogleChatText {

    private GoogleChatText() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
