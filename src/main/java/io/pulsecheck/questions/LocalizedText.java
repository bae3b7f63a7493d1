package io.pulsecheck.questions;

import java.util.Map;

/** Picks a translation with a predictable fallback. */
public final class LocalizedText {

    private LocalizedText() {
    }

    public static String pick(Map<String, String> byLocale, String locale) {
        if (byLocale == null || byLocale.isEmpty()) {
            return "";
        }
        if (locale != null && byLocale.containsKey(locale)) {
            return byLocale.get(locale);
        }
        if (byLocale.containsKey("en")) {
            return byLocale.get("en");
        }
        return byLocale.values().iterator().next();
    }
}
