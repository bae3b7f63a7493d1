package io.pulsecheck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cutting text to a platform's length never splits a character, an emoji sequence or an escaped entity. */
class TextFitTest {

    @Test
    void keepsTextThatFits() {
        assertEquals("Team 😀", TextFit.truncate("Team 😀", 7));
    }

    @Test
    void cutsBeforeAnEmojiRatherThanInsideIt() {
        assertEquals("ab…", TextFit.truncate("ab😀cd", 4));
    }

    @Test
    void cutsBeforeAJoinedFamilyRatherThanInsideIt() {
        String family = "👩‍👩‍👧‍👦";
        assertEquals("a…", TextFit.truncate("a" + family + "b", 8));
        assertEquals("a" + family + "…", TextFit.truncate("a" + family + "bc", family.length() + 2));
    }

    @Test
    void cutsBeforeAFlagRatherThanBetweenItsHalves() {
        assertEquals("a…", TextFit.truncate("a🇩🇪🇫🇷", 4));
    }

    @Test
    void cutsBeforeACombiningAccentRatherThanAfterItsLetter() {
        assertEquals("ab…", TextFit.truncate("abe\u0301cd", 4));
    }

    @Test
    void cutsBeforeAnEscapedEntityRatherThanInsideIt() {
        assertEquals("a …", TextFit.truncate("a &amp; b", 5));
    }
}
