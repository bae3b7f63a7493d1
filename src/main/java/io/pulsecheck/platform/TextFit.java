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
        // An escaped text must not end inside an entity ("&am…" would be a bare "&" to the platform).
        return prefix(text, max - ELLIPSIS.length()).replaceFirst("&#?[A-Za-z0-9]{0,8}$", "") + ELLIPSIS;
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
        // The JDK's character breaks split joined emoji (a family, a skin tone, a flag's pair): step back over them.
        while (end > 0 && insideEmoji(text, end)) {
            end = characters.preceding(end);
        }
        return text.substring(0, Math.max(end, 0));
    }

    private static boolean insideEmoji(String text, int end) {
        char before = text.charAt(end - 1);
        if (before == '\u200D' || Character.isHighSurrogate(before)) {
            return true;
        }
        if (end >= text.length()) {
            return false;
        }
        int next = text.codePointAt(end);
        boolean regionalPair = next >= 0x1F1E6 && next <= 0x1F1FF && end >= 2
                && text.codePointBefore(end) >= 0x1F1E6 && text.codePointBefore(end) <= 0x1F1FF
                && regionalIndicatorsBefore(text, end) % 2 == 1;
        return next == 0x200D || next == 0xFE0F || next >= 0x1F3FB && next <= 0x1F3FF
                || Character.getType(next) == Character.NON_SPACING_MARK || regionalPair;
    }

    /** How many regional indicator symbols (flag halves) end at this index. */
    private static int regionalIndicatorsBefore(String text, int end) {
        int count = 0;
        int at = end;
        while (at >= 2) {
            int cp = text.codePointBefore(at);
            if (cp < 0x1F1E6 || cp > 0x1F1FF) {
                break;
            }
            count++;
            at -= Character.charCount(cp);
        }
        return count;
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
