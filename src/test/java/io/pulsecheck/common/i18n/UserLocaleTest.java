package io.pulsecheck.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pulsecheck.questions.LocalizedText;

class UserLocaleTest {

    @Test
    void readsRegionalGermanAsGerman() {
        assertEquals("de", UserLocale.resolve("de"));
        assertEquals("de", UserLocale.resolve("de-CH"));
        assertEquals("de", UserLocale.resolve("de-AT"));
        assertEquals("de", UserLocale.resolve("DE_ch"));
    }

    @Test
    void readsLanguagesWithoutTextsAndMissingLocalesAsEnglish() {
        assertEquals("en", UserLocale.resolve("fr-CH"));
        assertEquals("en", UserLocale.resolve("en-GB"));
        assertEquals("en", UserLocale.resolve(""));
        assertEquals("en", UserLocale.resolve(null));
    }

    @Test
    void triesTheTagThenItsLanguageThenEnglish() {
        assertEquals(List.of("de-CH", "de", "en"), UserLocale.candidates("de-CH"));
        assertEquals(List.of("de", "en"), UserLocale.candidates("de"));
        assertEquals(List.of("en"), UserLocale.candidates(null));
    }

    @Test
    void picksGermanDataForSwissGermanAndARegionalEntryWhenThereIsOne() {
        Map<String, String> text = Map.of("en", "How are you?", "de", "Wie geht es Ihnen?");
        assertEquals("Wie geht es Ihnen?", LocalizedText.pick(text, "de-CH"));
        assertEquals("How are you?", LocalizedText.pick(text, "fr"));
        Map<String, String> swiss = Map.of("en", "Street", "de", "Straße", "de-CH", "Strasse");
        assertEquals("Strasse", LocalizedText.pick(swiss, "de-CH"));
        assertEquals("Straße", LocalizedText.pick(swiss, "de-AT"));
    }
}
