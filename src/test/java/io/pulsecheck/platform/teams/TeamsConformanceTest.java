package io.pulsecheck.platform.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.conformance.AdaptiveCardChecker;
import io.pulsecheck.platform.conformance.EdgeCaseContent;
import io.pulsecheck.platform.conformance.EdgeCaseContent.Named;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every Teams bot prompt and leader card, rendered from the edge-case fixtures, is accepted by Microsoft's {@code adaptivecards}
 * parser, follows the Adaptive Card 1.5 rules, stays within {@link TeamsLimits} and shows people's text as typed.
 */
@QuarkusTest
class TeamsConformanceTest {

    @Inject
    ChatPlatforms platforms;

    @Test
    void everyDigestAndAlertIsAcceptedByTheAdaptiveCardsParser() {
        List<Named<LeaderCard>> fixtures = EdgeCaseContent.leaderCards();
        List<JsonNode> bodies = fixtures.stream().map(f -> card(f.content(), "en")).toList();

        List<List<String>> verdicts = AdaptiveCardChecker.check(bodies);

        List<String> problems = new ArrayList<>();
        for (int i = 0; i < fixtures.size(); i++) {
            for (String problem : verdicts.get(i)) {
                problems.add(fixtures.get(i) + ": " + problem);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyBotPromptAndLeaderPromptIsAcceptedByTheAdaptiveCardsParser() {
        List<String> names = new ArrayList<>();
        List<JsonNode> bodies = new ArrayList<>();
        for (Named<PromptContent> fixture : EdgeCaseContent.prompts(PlatformId.TEAMS)) {
            names.add(fixture.toString());
            bodies.add(TeamsPrompts.prompt(fixture.content()));
        }
        for (Named<LeaderPromptContent> fixture : EdgeCaseContent.leaderPrompts(PlatformId.TEAMS)) {
            names.add(fixture.toString());
            bodies.add(TeamsPrompts.leaderPrompt(fixture.content()));
        }

        List<List<String>> verdicts = AdaptiveCardChecker.check(bodies);

        List<String> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (String problem : verdicts.get(i)) {
                problems.add(names.get(i) + ": " + problem);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void answeredCardWithTheReplyCodeIsAcceptedByTheAdaptiveCardsParser() {
        String code = "Ab3_-".repeat(8) + "xyz";
        List<JsonNode> bodies = List.of(
                TeamsPrompts.answeredWithCode("1700000000000", "Thanks, your answer is recorded anonymously.", code,
                        "Your reply code: `" + code + "`\nWith it you can read the replies at https://example.org/replies."),
                TeamsPrompts.answeredWithCode(null, "Danke, Ihre Antwort ist anonym gespeichert.", code,
                        "Ihr Antwortcode: `" + code + "`"));

        assertEquals(List.of(List.of(), List.of()), AdaptiveCardChecker.check(bodies));
    }

    @Test
    void digestOverTeamsSizeIsShortenedAndSaysHowManyCommentsItShows() {
        LeaderCard digest = EdgeCaseContent.leaderCards().get(0).content();

        JsonNode body = card(digest, "en");

        assertTrue(TeamsCards.bytes(body) <= TeamsLimits.MESSAGE_BYTES);
        assertTrue(body.toString().matches(".*Anonymous comments \\(showing \\d+ of 16\\).*"), body.toString());
    }

    @Test
    void titleAndFactsWithMarkupAreEscaped() {
        LeaderCard hostile = EdgeCaseContent.named(EdgeCaseContent.leaderCards(), "digest with markup in every field en");

        JsonNode items = card(hostile, "en").path("attachments").get(0).path("content").path("body");

        assertTrue(items.get(0).path("text").asText().contains("Acceptance Chat &lt;QA&gt; &amp; Co \\*bold\\*"),
                items.get(0).toString());
    }

    private JsonNode card(LeaderCard card, String locale) {
        ChatPlatform teams = platforms.of(PlatformId.TEAMS).orElseThrow();
        ChatRecipient leader = new ChatRecipient(UUID.randomUUID(), PlatformId.TEAMS, null, locale);
        return teams.leaderCard(card, new LeaderAddress(leader,
                new DigestTarget(PlatformId.TEAMS, "https://example.webhook.office.com/w/1", null), "k"))
                .orElseThrow().payload();
    }
}
