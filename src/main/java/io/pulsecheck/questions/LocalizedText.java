package io.pulsecheck.questions;

import java.util.Map;

import io.pulsecheck.common.i18n.UserLocale;

/** Picks a translation of data (question text, choices, scale labels, catalogue) by the one locale rule. */
public final class LocalizedText {

    private LocalizedText() {
    }

    /** The entry for the tag, its language or English (see {@link UserLocale#candidates}), else any entry. */
    public static String pick(Map<String, String> byLocale, String locale) {
        if (byLocale == null || byLocale.isEmpty()) {
            return "";
        }
        for (String key : UserLocale.candidates(locale)) {
            String text = byLocale.get(key);
            if (text != null) {
                return text;
            }
        }
        return byLocale.values().iterator().next();
    }
}
