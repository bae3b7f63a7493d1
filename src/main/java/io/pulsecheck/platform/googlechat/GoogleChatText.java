package io.pulsecheck.platform.googlechat;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import io.pulsecheck.platform.TextFit;

/** Google Chat text for text typed by people (HR's team names, leaders' actions, comments). */
final class GoogleChatText {

    private static final Pattern BOLD = Pattern.compile("\\*([^*\\n]+)\\*");
    /** Stands for a person's text inside a bundle text until the bundle's own marks are rendered. */
    private static final String SLOT = "\uE000";

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

    /**
     * A bundle text around a person's text (a team name) as card HTML: the bundle's {@code *bold*} marks become
     * {@code <b>}, the person's text is only escaped, so their stars stay stars and their tags stay text.
     */
    static String card(UnaryOperator<String> bundle, String person) {
        return card(bundle.apply(SLOT)).replace(SLOT, escape(person));
    }

    /**
     * A bundle text around a person's text for a message's {@code text}: the bundle's {@code *bold*} marks stay and
     * show as bold, the person's text is {@link #plain(String)}.
     */
    static String text(UnaryOperator<String> bundle, String person) {
        return bundle.apply(SLOT).replace(SLOT, plain(person));
    }

    /** At most {@code max} characters, cut between whole characters with an ellipsis. */
    public static String truncate(String text, int max) {
        return TextFit.truncate(text, max);
    }

    /**
     * For a message's {@code text}, which knows no entities: a zero-width space after {@code <} stops
     * {@code <users/all>} mentions and links, and one after each format marker stops bold, italic, strike and code.
     */
    static String plain(String text) {
        return text.replaceAll("([<*_~`])", "$1\u200B");
    }
}
