package io.pulsecheck.responses;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The roster's names, split into parts and folded ({@link TextFolding}), for constant-time lookup of each word of a
 * comment: building it is linear in the roster, looking a word up does not depend on the roster's size.
 */
final class NameIndex {

    /** Suffixes of German and English inflection: genitive and plural ("Hartmanns", "Anna's", "Müllers", "Jansen"). */
    private static final List<String> POSSESSIVE = List.of("'s", "s'", "'", "s");
    private static final List<String> INFLECTION = List.of("ens", "en", "es", "ns", "n");
    /** Stems shorter than this are matched only as the whole word: "Li" must not hit "Lin" or "Lis". */
    private static final int MIN_INFLECTED_STEM = 3;
    private static final int MIN_STEM_FOR_LONG_SUFFIX = 4;

    private static final Pattern PART_SEPARATOR = Pattern.compile("[\\s,;/()\\-]+");

    /** Name parts that are not ordinary words: scrubbed in any case and inflected. */
    private final Set<String> names = new HashSet<>();
    /** Name parts that are also ordinary words ({@link CommonWords}): scrubbed only where they read as a name. */
    private final Set<String> wordLike = new HashSet<>();

    NameIndex(Collection<String> displayNames) {
        for (String displayName : displayNames) {
            if (displayName == null || displayName.isBlank()) {
                continue;
            }
            for (String part : PART_SEPARATOR.split(displayName.strip())) {
                add(part);
                String writtenOut = TextFolding.umlautsWrittenOut(part);
                if (!writtenOut.equals(part)) {
                    add(writtenOut);
                }
            }
        }
    }

    private void add(String part) {
        String folded = trimPunctuation(TextFolding.fold(part));
        if (folded.length() < 2) {
            return; // initials ("J.") name nobody
        }
        if (CommonWords.contains(folded)) {
            wordLike.add(folded);
        } else {
            names.add(folded);
            // "Mueller" on the roster also matches "Müller"/"Muller" in a comment.
            String contracted = folded.replace("ae", "a").replace("oe", "o").replace("ue", "u");
            if (contracted.length() >= 2 && !contracted.equals(folded) && !CommonWords.contains(contracted)) {
                names.add(contracted);
            }
        }
    }

    /** "J." and "O'" lose their dots and apostrophes at either end. */
    private static String trimPunctuation(String folded) {
        int start = 0;
        int end = folded.length();
        while (start < end && (folded.charAt(start) == '.' || folded.charAt(start) == '\'')) {
            start++;
        }
        while (end > start && (folded.charAt(end - 1) == '.' || folded.charAt(end - 1) == '\'')) {
            end--;
        }
        return folded.substring(start, end);
    }

    /** How a folded word relates to the roster. */
    enum Match {
        NONE, NAME, WORD_LIKE_NAME
    }

    Match match(String folded) {
        if (names.contains(folded)) {
            return Match.NAME;
        }
        if (wordLike.contains(folded)) {
            return Match.WORD_LIKE_NAME;
        }
        for (String suffix : POSSESSIVE) {
            if (stemIsName(folded, suffix, MIN_INFLECTED_STEM)) {
                return Match.NAME;
            }
        }
        for (String suffix : INFLECTION) {
            if (stemIsName(folded, suffix, MIN_STEM_FOR_LONG_SUFFIX)) {
                return Match.NAME;
            }
        }
        if (folded.endsWith("'s") && wordLike.contains(folded.substring(0, folded.length() - 2))) {
            return Match.WORD_LIKE_NAME;
        }
        return Match.NONE;
    }

    private boolean stemIsName(String folded, String suffix, int minStem) {
        return folded.endsWith(suffix) && folded.length() - suffix.length() >= minStem
                && names.contains(folded.substring(0, folded.length() - suffix.length()));
    }

    boolean isEmpty() {
        return names.isEmpty() && wordLike.isEmpty();
    }
}
