package io.pulsecheck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Cards that do not fit a platform lose items from their longest section and say how many they show. */
@QuarkusTest
class LeaderCardFitTest {

    /** A platform that shows at most 10,000 characters of list items. */
    private static final Predicate<LeaderCard> TEN_THOUSAND_CHARS = card -> card.sections().stream()
            .flatMap(s -> s.items().stream()).mapToInt(String::length).sum() <= 10_000;

    @Test
    void digestThatHoldsFiveOfSixteenCommentsSaysShowingFiveOfSixteen() {
        LeaderCard fitted = LeaderCardFit.fit(digest(), 3000, TEN_THOUSAND_CHARS, "en");

        LeaderCard.Section comments = fitted.sections().get(0);
        assertEquals("Anonymous comments (showing 5 of 16)", comments.heading());
        assertEquals(digest().sections().get(0).items().subList(0, 5), comments.items());
        assertEquals(digest().sections().get(1), fitted.sections().get(1));
    }

    @Test
    void germanReaderReadsTheCountInGerman() {
        LeaderCard fitted = LeaderCardFit.fit(digest(), 3000, TEN_THOUSAND_CHARS, "de-CH");

        assertEquals("Anonymous comments (5 von 16 angezeigt)", fitted.sections().get(0).heading());
    }

    @Test
    void cardThatFitsIsSentAsItIs() {
        assertEquals(digest(), LeaderCardFit.fit(digest(), 3000, card -> true, "en"));
    }

    private static LeaderCard digest() {
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            comments.add(String.valueOf((char) ('a' + i)).repeat(1900));
        }
        return new LeaderCard(LeaderCard.Kind.DIGEST, "Weekly pulse: Platform", null, List.of(), null, null,
                List.of(new LeaderCard.Section("Anonymous comments", comments),
                        new LeaderCard.Section("Suggested actions", List.of("Share what you know."))), null);
    }
}
