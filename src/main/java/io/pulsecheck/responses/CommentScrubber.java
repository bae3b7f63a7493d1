package io.pulsecheck.responses;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what could identify the writer or someone else from free text before it is stored: email addresses,
 * URLs, phone numbers, chat mentions and the names on the team's roster.
 */
public final class CommentScrubber {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)\\S+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|de|at|ch|eu|co|app|dev)(?:/\\S*)?\\b");
    // Seven or more digits, optionally with a leading + and spaces, dots, dashes, slashes or brackets between them.
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d(?:[\\s./()-]{0,2}\\d){6,}");
    // Slack <@U123> and Mattermost @username mentions name a person.
    private static final Pattern MENTION = Pattern.compile("<@[A-Za-z0-9]+(?:\\|[^>]*)?>|(?<![\\w.])@[A-Za-z0-9._-]{2,}");
    private static final int MIN_NAME_PART = 3;

    private CommentScrubber() {
    }

    /**
     * @param text the comment or free-text answer
     * @param rosterNames display names of the team's members and leaders; each name and each of its parts of at
     *            least three letters is removed
     */
    public static String scrub(String text, Collection<String> rosterNames) {
        String scrubbed = EMAIL.matcher(text).replaceAll("[email]");
        scrubbed = URL.matcher(scrubbed).replaceAll("[link]");
        scrubbed = MENTION.matcher(scrubbed).replaceAll("[name]");
        scrubbed = PHONE.matcher(scrubbed).replaceAll("[phone]");
        for (String name : namesLongestFirst(rosterNames)) {
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            scrubbed = pattern.matcher(scrubbed).replaceAll(Matcher.quoteReplacement("[name]"));
        }
        return scrubbed.strip();
    }

    private static Set<String> namesLongestFirst(Collection<String> rosterNames) {
        Set<String> names = new LinkedHashSet<>();
        rosterNames.stream()
                .filter(name -> name != null && !name.isBlank())
                .flatMap(name -> java.util.stream.Stream.concat(java.util.stream.Stream.of(name.strip()),
                        java.util.Arrays.stream(name.strip().split("[\\s,]+"))))
                .filter(part -> part.length() >= MIN_NAME_PART)
                .map(part -> part.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(names::add);
        return names;
    }
}
