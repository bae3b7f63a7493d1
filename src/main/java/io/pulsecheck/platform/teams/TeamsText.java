package io.pulsecheck.platform.teams;

/** Adaptive Card text for text typed by people: no markup of theirs is rendered. */
final class TeamsText {

    private TeamsText() {
    }

    static String escape(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;");
    }
}
