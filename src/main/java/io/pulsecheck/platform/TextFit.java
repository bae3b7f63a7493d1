package io.pulsecheck.platform;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;

/**
 * Fitting people's text into platform limits. Lengths are counted in UTF-16 units, the largest of the counts
 * platforms use (code points, characters), so a text that fits here fits there; a cut falls between two user-perceived
 * characters, never inside an emoji or a combining sequence.
 */
public final class TextFit {

    /** Appended to a cut text. */
    public static final String ELLIPSIS = "\u2026";

    private TextFit() {
    }

    /** The text itself when it has at most {@code max} units, else its longest whole-character start plus "…". */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return prefix(text, max - ELLIPSIS.length()) + ELLIPSIS;
    }

    /** The longest start of the text that ends between two user-perceived characters and has at most max units. */
    public static String prefix(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max <= 0) {
            return "";
        }
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int end = characters.preceding(max + 1);
        // A joined emoji sequence (ZWJ) counts as several characters to the JDK; never end on a joiner.
        while (end > 0 && (text.charAt(end - 1) == '\u200D' || Character.isHighSurrogate(text.charAt(end - 1)))) {
            end = characters.preceding(end);
        }
        return text.substring(0, Math.max(end, 0));
    }

    /** Size in bytes as sent (UTF-8). */
    public static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Line breaks and runs of white space as one space: for one bullet or one line per entry. */
    public static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
