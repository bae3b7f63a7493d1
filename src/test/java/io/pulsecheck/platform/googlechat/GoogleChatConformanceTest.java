package io.pulsecheck.platform.googlechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.conformance.EdgeCaseContent;
import io.pulsecheck.platform.conformance.GoogleChatChecker;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every Google Chat leader card, rendered from the edge-case fixtures, uses only documented Cards v2 fields, stays
 * within {@link GoogleChatLimits} and shows people's text as typed.
 */
@QuarkusTest
class GoogleChatConformanceTest {

    @Inject
    ChatPlatforms platforms;

    @Test
    void everyDigestAndAlertFitsGoogleChat() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.leaderCards()) {
            GoogleChatChecker.check(card(fixture.content(), "de")).forEach(p -> problems.add(fixture + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void digestNearTheByteLimitIsShortenedAndSaysHowManyCommentsItShows() {
        JsonNode body = card(EdgeCaseContent.leaderCards().get(0).content(), "en");

        assertTrue(GoogleChatCards.bytes(body) <= GoogleChatLimits.MESSAGE_BYTES);
        assertTrue(body.toString().matches(".*Anonymous comments \\(showing \\d+ of 16\\).*"), body.toString());
    }

    @Test
    void mentionInTheTeamNameDoesNotNotifyTheSpace() {
        String text = card(EdgeCaseContent.named(EdgeCaseContent.leaderCards(), "digest with markup in every field en"), "en").path("text").asText();

        assertFalse(text.contains("<users/all>"), text);
    }

    private JsonNode card(LeaderCard card, String locale) {
        ChatRecipient leader = new ChatRecipient(UUID.randomUUID(), PlatformId.GOOGLE_CHAT, null, locale);
        return platforms.of(PlatformId.GOOGLE_CHAT).orElseThrow().leaderCard(card, new LeaderAddress(leader,
                new DigestTarget(PlatformId.GOOGLE_CHAT, "https://chat.googleapis.com/v1/spaces/A/messages", null),
                "k")).orElseThrow().payload();
    }
}
