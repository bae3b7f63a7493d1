package io.pulsecheck.responses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what could identify the writer or someone else from free text before it is stored: email addresses (also
 * written as "zoe [at] example [dot] com"), links (any scheme, any host.tld, IP addresses), phone numbers and
 * extensions, chat mentions, and the names of everyone on the roster. Names are matched on folded words
 * ({@link TextFolding}: case, diacritics, look-alike letters, zero-width characters), spelled-out letters ("Z o e") and
 * inflected forms ("Hartmanns", "Anna's"). The rules and their trade-offs are in docs/ANONYMITY.md.
 */
public final class CommentScrubber {

    static final String NAME = "[name]";

    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    // "zoe [at] example [dot] com", "zoe(at)example(dot)com", "zoe @ example . com": a bracketed or spaced @ takes
    // any dot; "zoe at example dot com" needs written-out dots, so that "look at it. Then" stays prose.
    private static final String BRACKETED_AT = "\\s*[\\[(<{]\\s*(?:at|ät|@)\\s*[\\])>}]\\s*|\\s+@\\s+";
    private static final String WORD_DOT = "\\s*[\\[(<{]\\s*(?:dot|punkt|\\.)\\s*[\\])>}]\\s*|\\s+(?:dot|punkt)\\s+";
    private static final String ANY_DOT = WORD_DOT + "|\\.(?=[\\p{L}\\p{N}])|\\s+\\.\\s+";
    private static final Pattern OBFUSCATED_EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++(?:(?:" + BRACKETED_AT + ")[\\p{L}\\p{N}-]+(?:(?:" + ANY_DOT
                    + ")[\\p{L}\\p{N}-]+){1,8}|\\s+(?:at|ät)\\s+[\\p{L}\\p{N}-]+(?:(?:" + WORD_DOT
                    + ")[\\p{L}\\p{N}-]+){1,8})(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // The rest of a link up to white space, without the punctuation that ends a sentence or a list item.
    private static final String LINK_REST = "(?:\\S*[^\\s.,;:!?)\\]'\"»])?";
    private static final Pattern URL = Pattern.compile(String.join("|",
            // Any scheme: https://, ftp://, smb://, ...
            "\\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}://" + LINK_REST,
            "(?i:\\bwww\\.)" + LINK_REST,
            // IPv4 and IPv6 addresses, with port and path.
            "\\b(?:\\d{1,3}\\.){3}\\d{1,3}(?::\\d{1,5})?(?:/" + LINK_REST + ")?",
            "(?i:\\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\\b|\\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){0,7}::[0-9a-f:]*[0-9a-f]\\b)",
            // host.tld with any TLD-shaped suffix (letters only, all lower or all upper case), port and path.
            "(?<![\\p{L}\\p{N}.-])(?:[\\p{L}\\p{N}][\\p{L}\\p{N}-]*+(?<!-)\\.){1,10}(?:[a-z]{2,24}|[A-Z]{2,24})(?![\\p{L}\\p{N}])"
                    + "(?::\\d{1,5})?(?:/" + LINK_REST + ")?"));
    // Repetitions are bounded (Java's regex engine recurses per repetition of a group, and an unbounded one overflows
    // the stack on long crafted input such as "a.a.a.a..."), and runs that may not match are possessive and start only
    // at their beginning, so that a failed match does not rescan the rest of the text from every position.
    // Seven or more digits with + and separators, optionally with an extension; dates are not phone numbers.
    private static final String EXTENSION = "(?:ext\\.?|extension|x|durchwahl|dw\\.?|nebenstelle|app\\.?|#)";
    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\p{N})(?!\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d))(?!\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}(?![\\d./]))"
                    + "\\+?\\(?\\d(?:[\\s./()-]{0,2}\\d){6,24}(?:\\s*,?\\s*" + EXTENSION + "\\s*[:.-]?\\s*\\d{1,6})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_EXTENSION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:ext\\.?|extension|durchwahl|dw\\.?|nebenstelle)\\s*[:.-]?\\s*\\d{1,6}|x\\d{3,6})"
                    + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    // Slack <@U123> and Mattermost @username mentions name a person.
    private static final Pattern MENTION = Pattern.compile("<@[A-Za-z0-9]+(?:\\|[^>]*)?>|(?<![\\w.])@[A-Za-z0-9._-]{2,}");

    // Words (letters and digits), with zero-width characters and marks inside them, and an apostrophe suffix ("Anna's"); placeholders
    // written by the earlier rules are tokens too, so that they are never matched as names.
    private static final Pattern TOKEN = Pattern.compile(
            "\\[(?:name|email|link|phone)\\]|[\\p{L}\\p{M}\\p{N}\\p{Cf}]+(?:['’][\\p{L}\\p{M}]+)?");
    // Between the letters of a spelled-out name: "Z o e", "Z.o.e", "Z-o-e", "Z _ o _ e".
    private static final Pattern SPELLING_GAP = Pattern.compile("[\\s.\\-_*·•|/]{1,3}");
    // Between parts of one name: "Anna Schmidt", "Hans-Peter", "Schmidt, Anna".
    private static final Pattern NAME_GAP = Pattern.compile("[\\s\\-]{1,3}|,\\s{0,2}");
    private static final int MAX_SPELLED_LETTERS = 40;

    private CommentScrubber() {
    }

    /**
     * @param text the comment or free-text answer
     * @param rosterNames display names of everyone on the roster
     */
    public static String scrub(String text, Collection<String> rosterNames) {
        return scrub(text, new NameIndex(rosterNames));
    }

    static String scrub(String text, NameIndex names) {
        String scrubbed = EMAIL.matcher(text).replaceAll("[email]");
        scrubbed = OBFUSCATED_EMAIL.matcher(scrubbed).replaceAll("[email]");
        scrubbed = MENTION.matcher(scrubbed).replaceAll(NAME);
        scrubbed = URL.matcher(scrubbed).replaceAll("[link]");
        scrubbed = PHONE.matcher(scrubbed).replaceAll("[phone]");
        scrubbed = LONE_EXTENSION.matcher(scrubbed).replaceAll("[phone]");
        if (!names.isEmpty()) {
            scrubbed = scrubNames(scrubbed, names);
        }
        return scrubbed.strip();
    }

    private record Token(int start, int end, String folded, boolean placeholder, boolean capitalised) {

        boolean singleLetter() {
            return !placeholder && folded.length() == 1 && Character.isLetter(folded.charAt(0));
        }
    }

    private static String scrubNames(String text, NameIndex names) {
        List<Token> tokens = tokens(text);
        int n = tokens.size();
        boolean[] marked = new boolean[n];
        boolean[] wordLike = new boolean[n];
        // Spelled-out letters joined into one span: spanEnd[i] is the last token of a span starting at i.
        int[] spanEnd = new int[n];
        for (int i = 0; i < n; i++) {
            spanEnd[i] = i;
            Token token = tokens.get(i);
            if (token.placeholder()) {
                continue;
            }
            switch (names.match(token.folded())) {
                case NAME -> marked[i] = true;
                case WORD_LIKE_NAME -> {
                    marked[i] = token.capitalised();
                    wordLike[i] = !token.capitalised();
                }
                case NONE -> {
                }
            }
        }
        markSpelledOutNames(text, tokens, names, marked, spanEnd);
        // A word-like name part next to a name is part of it: "Will Berger", "van der Berg".
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < n; i++) {
                if (wordLike[i] && !marked[i] && (adjacentMarked(text, tokens, marked, i, i - 1)
                        || adjacentMarked(text, tokens, marked, i, i + 1))) {
                    marked[i] = true;
                    grew = true;
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!marked[i]) {
                i++;
                continue;
            }
            int last = spanEnd[i];
            // Consecutive name parts become one placeholder.
            while (last + 1 < n && marked[last + 1] && NAME_GAP.matcher(gap(text, tokens, last, last + 1)).matches()) {
                last = spanEnd[last + 1];
            }
            out.append(text, copied, tokens.get(i).start()).append(NAME);
            copied = tokens.get(last).end();
            i = last + 1;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static void markSpelledOutNames(String text, List<Token> tokens, NameIndex names, boolean[] marked,
            int[] spanEnd) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int runEnd = i;
            while (tokens.get(runEnd).singleLetter() && runEnd + 1 < n && tokens.get(runEnd + 1).singleLetter()
                    && runEnd - i < MAX_SPELLED_LETTERS
                    && SPELLING_GAP.matcher(gap(text, tokens, runEnd, runEnd + 1)).matches()) {
                runEnd++;
            }
            if (runEnd == i) {
                i++;
                continue;
            }
            // Longest spelled name first, from the left.
            int from = i;
            while (from < runEnd) {
                int matchedTo = -1;
                for (int to = runEnd; to > from; to--) {
                    StringBuilder word = new StringBuilder();
                    for (int k = from; k <= to; k++) {
                        word.append(tokens.get(k).folded());
                    }
                    if (names.match(word.toString()) != NameIndex.Match.NONE) {
                        matchedTo = to;
                        break;
                    }
                }
                if (matchedTo < 0) {
                    from++;
                } else {
                    for (int k = from; k <= matchedTo; k++) {
                        marked[k] = true;
                    }
                    spanEnd[from] = matchedTo;
                    from = matchedTo + 1;
                }
            }
            i = runEnd + 1;
        }
    }

    private static boolean adjacentMarked(String text, List<Token> tokens, boolean[] marked, int i, int neighbour) {
        if (neighbour < 0 || neighbour >= tokens.size() || !marked[neighbour] || tokens.get(neighbour).placeholder()) {
            return false;
        }
        int left = Math.min(i, neighbour);
        return NAME_GAP.matcher(gap(text, tokens, left, left + 1)).matches();
    }

    private static String gap(String text, List<Token> tokens, int left, int right) {
        return text.substring(tokens.get(left).end(), tokens.get(right).start());
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            boolean placeholder = word.startsWith("[");
            String folded = placeholder ? word : TextFolding.fold(word);
            if (!placeholder && folded.isEmpty()) {
                continue; // only zero-width characters or marks
            }
            int first = word.codePoints().filter(Character::isLetter).findFirst().orElse('a');
            tokens.add(new Token(matcher.start(), matcher.end(), folded, placeholder,
                    Character.isUpperCase(first) || Character.isTitleCase(first)));
        }
        return tokens;
    }
}
