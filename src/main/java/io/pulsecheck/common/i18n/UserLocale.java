package io.pulsecheck.common.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The one rule that turns a person's locale tag into the language of the texts they get: prompts, replies, question
 * text, digests and chart labels. Regional variants fall back to their language ({@code de-CH}, {@code de-AT} and
 * {@code de_ch} read German); a language without texts reads English.
 */
public final class UserLocale {

    /** The language every text exists in; the fallback for everything else. */
    public static final String DEFAULT = "en";

    /** Languages with a complete set of texts (a message bundle each). */
    public static final Set<String> SUPPORTED = Set.of("en", "de");

    private UserLocale() {
    }

    /** The supported language the tag reads in: its language part when supported, else {@link #DEFAULT}. */
    public static String resolve(String tag) {
        String language = language(tag);
        return SUPPORTED.contains(language) ? language : DEFAULT;
    }

    /**
     * Keys to try, best first, when a text is data with one entry per locale (question text, choices, the reassurance
     * catalogue): the tag as written, its language, then the default. Entries such as {@code de-CH} in data win over
     * {@code de}.
     */
    public static List<String> candidates(String tag) {
        List<String> keys = new ArrayList<>(3);
        if (tag != null && !tag.isBlank()) {
            keys.add(tag.strip());
        }
        String language = language(tag);
        if (!language.isEmpty() && !keys.contains(language)) {
            keys.add(language);
        }
        if (!keys.contains(DEFAULT)) {
            keys.add(DEFAULT);
        }
        return keys;
    }

    /** The message bundle in the tag's language; the bundle's German variant is annotated {@code @Localized("de")}. */
    public static <T> T bundle(Class<T> bundle, String tag) {
        String language = resolve(tag);
        return DEFAULT.equals(language) ? MessageBundles.get(bundle)
                : MessageBundles.get(bundle, Localized.Literal.of(language));
    }

    private static String language(String tag) {
        if (tag == null) {
            return "";
        }
        String normalized = tag.strip().replace('_', '-');
        int dash = normalized.indexOf('-');
        return (dash < 0 ? normalized : normalized.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
