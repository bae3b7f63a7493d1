package io.pulsecheck.responses;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Folds text so that a name written with other letters still matches: case, diacritics (NFKD, marks stripped),
 * full-width and other compatibility forms, zero-width characters and Cyrillic or Greek letters that look like Latin
 * ones. Used on roster names and on every word of a comment alike.
 */
final class TextFolding {

    // Cyrillic and Greek letters that render like Latin ones, mapped to the Latin letter a reader sees.
    private static final Map<Character, Character> HOMOGLYPHS = homoglyphs(
            "а:a е:e о:o р:p с:c у:y х:x і:i ј:j ѕ:s к:k м:m т:t н:h в:b ԁ:d ɡ:g һ:h ӏ:l ԛ:q ԝ:w"
                    + " α:a β:b ε:e ζ:z η:n ι:i κ:k μ:u ν:v ο:o ρ:p τ:t υ:u χ:x ϲ:c"
                    + " ı:i ℓ:l");

    private TextFolding() {
    }

    /** The folded form of a word or name: lower case, plain Latin where a look-alike was used, no marks. */
    static String fold(String text) {
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue; // accents, zero-width spaces and joiners, soft hyphens
            }
            if (c == 'ß') {
                folded.append("ss");
            } else if (c == '’' || c == 'ʼ' || c == '`' || c == '´') {
                folded.append('\'');
            } else {
                folded.append(HOMOGLYPHS.getOrDefault(c, c));
            }
        }
        // Lower-casing again catches upper-case forms that only NFKD produced (e.g. full-width letters).
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** Most names and words: ASCII letters and digits only, which folding would leave as they are, but lower case. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || !(Character.isLetterOrDigit(c) || c == '.' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /** German umlauts written out (ä as ae), the way people type a name without the letter: "Mueller". */
    static String umlautsWrittenOut(String text) {
        return text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    }

    private static Map<Character, Character> homoglyphs(String pairs) {
        Map<Character, Character> map = new java.util.HashMap<>();
        for (String pair : pairs.trim().split("\\s+")) {
            map.put(pair.charAt(0), pair.charAt(2));
        }
        return Map.copyOf(map);
    }
}
