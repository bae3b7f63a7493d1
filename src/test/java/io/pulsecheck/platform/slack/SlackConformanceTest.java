package io.pulsecheck.platform.slack;

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
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.conformance.EdgeCaseContent;
import io.pulsecheck.platform.conformance.EdgeCaseContent.Named;
import io.pulsecheck.platform.conformance.SlackBlockKitChecker;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every Slack message kind, rendered from the edge-case fixtures, is accepted by Slack's own Block Kit model, stays
 * within {@link SlackLimits} and shows people's text as typed (issue 12).
 */
@QuarkusTest
class SlackConformanceTest {

    @Inject
    ChatPlatforms platforms;

    private ChatPlatform slack() {
        return platforms.of(PlatformId.SLACK).orElseThrow();
    }

    @Test
    void everyPromptAndReminderIsAcceptedBySlack() {
        List<String> problems = new ArrayList<>();
        for (Named<PromptContent> fixture : EdgeCaseContent.prompts(PlatformId.SLACK)) {
            JsonNode body = slack().prompt(fixture.content()).orElseThrow().payload();
            SlackBlockKitChecker.check(body).forEach(p -> problems.add(fixture + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLeaderPromptIsAcceptedBySlack() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.leaderPrompts(PlatformId.SLACK)) {
            JsonNode body = slack().leaderPrompt(fixture.content()).orElseThrow().payload();
            SlackBlockKitChecker.check(body).forEach(p -> problems.add(fixture + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDigestAndAlertIsAcceptedBySlack() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.leaderCards()) {
            SlackBlockKitChecker.check(card(fixture.content(), "en")).forEach(p -> problems.add(fixture + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyReplyIsAcceptedBySlack() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.replies()) {
            SlackBlockKitChecker.check(SlackReplies.dm("D1", "T1", fixture.content(), null).payload())
                    .forEach(p -> problems.add(fixture + " (DM): " + p));
            SlackBlockKitChecker.check(SlackReplies.replaceOriginal("https://hooks.slack.com/actions/1", "T1",
                    fixture.content()).payload()).forEach(p -> problems.add(fixture + " (replace): " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void digestWithSixteenLongCommentsSaysHowManyItShows() {
        LeaderCard digest = EdgeCaseContent.named(EdgeCaseContent.leaderCards(),
                "digest with 16 plain comments of 1,900 characters en");

        String text = card(digest, "en").toString();

        assertTrue(text.contains("*Anonymous comments (showing 6 of 16)*"), text);
    }

    @Test
    void commentsWithMarkupTakeMoreRoomOnceEscapedAndAreCountedAsWell() {
        LeaderCard digest = EdgeCaseContent.named(EdgeCaseContent.leaderCards(),
                "digest with 16 comments of 1,900 characters en");

        assertTrue(card(digest, "en").toString().contains("*Anonymous comments (showing 4 of 16)*"));
    }

    @Test
    void germanDigestCountsTheShownCommentsInGerman() {
        LeaderCard digest = EdgeCaseContent.named(EdgeCaseContent.leaderCards(),
                "digest with 16 plain comments of 1,900 characters de");

        assertTrue(card(digest, "de").toString().contains("*Anonyme Kommentare (6 von 16 angezeigt)*"));
    }

    @Test
    void teamNameWithMarkupReachesEmployeesAsText() {
        var fixture = EdgeCaseContent.prompts(PlatformId.SLACK).stream()
                .filter(f -> f.name().equals("markup in every field en")).findFirst().orElseThrow();

        JsonNode body = slack().prompt(fixture.content()).orElseThrow().payload();

        String intro = body.path("blocks").get(0).path("text").path("text").asText();
        assertTrue(intro.contains("*Acceptance Chat &lt;QA&gt; &amp; Co"), intro);
        assertTrue(intro.contains("&lt;!here&gt;") && intro.contains("&lt;https://evil.example|click&gt;"), intro);
        assertTrue(body.path("text").asText().contains("&lt;!here&gt;"), "the notification text is escaped too");
    }

    @Test
    void everyPromptOffersTheRepliesBoxBeforeSubmitInTheSubmitBlock() {
        for (Named<PromptContent> fixture : EdgeCaseContent.prompts(PlatformId.SLACK)) {
            JsonNode blocks = slack().prompt(fixture.content()).orElseThrow().payload().path("blocks");
            JsonNode submit = blocks.get(blocks.size() - 1);
            assertEquals("submit", submit.path("block_id").asText(), fixture.toString());
            assertEquals("checkboxes", submit.path("elements").get(0).path("type").asText(), fixture.toString());
            assertEquals("replies", submit.path("elements").get(0).path("action_id").asText());
            assertEquals("wanted", submit.path("elements").get(0).path("options").get(0).path("value").asText());
            assertEquals("pulse_submit", submit.path("elements").get(1).path("action_id").asText());
        }
    }

    @Test
    void fiftyQuestionRotationAsksWhatFitsAndSaysHowMany() {
        var fixture = EdgeCaseContent.prompts(PlatformId.SLACK).stream()
                .filter(f -> f.name().equals("50-question rotation en")).findFirst().orElseThrow();

        JsonNode body = slack().prompt(fixture.content()).orElseThrow().payload();

        assertEquals(SlackLimits.MAX_BLOCKS - 1, body.path("blocks").size());
        assertTrue(body.path("blocks").get(0).toString().contains("showing 46 of 50"));
    }

    @Test
    void leadersActionsBesideAFullRotationAreCountedNotDroppedSilently() {
        JsonNode body = slack().prompt(EdgeCaseContent.named(EdgeCaseContent.prompts(PlatformId.SLACK),
                "50-question rotation with 12 actions en")).orElseThrow().payload();

        assertEquals(SlackLimits.MAX_BLOCKS, body.path("blocks").size());
        String actions = body.path("blocks").get(1).path("text").path("text").asText();
        assertTrue(actions.startsWith("*You said, we did.*"), actions);
        assertTrue(actions.matches("(?s).*\\n… and \\d+ more\\.$"), actions);
    }

    @Test
    void longChoiceLabelIsCutBetweenWholeCharacters() {
        var fixture = EdgeCaseContent.prompts(PlatformId.SLACK).stream()
                .filter(f -> f.name().equals("20 choices of 200 characters en")).findFirst().orElseThrow();

        JsonNode options = slack().prompt(fixture.content()).orElseThrow().payload().path("blocks").get(1)
                .path("element").path("options");

        assertEquals(20, options.size());
        String original = EdgeCaseContent.named(EdgeCaseContent.prompts(PlatformId.SLACK),
                "20 choices of 200 characters en").questions().get(0).choices.get(0).label().get("en");
        String label = options.get(0).path("text").path("text").asText();
        assertTrue(label.length() <= SlackLimits.OPTION_TEXT && label.endsWith("\u2026"), label);
        String kept = label.substring(0, label.length() - 1);
        assertTrue(original.startsWith(kept), label);
        char next = original.charAt(kept.length());
        assertTrue(next != '\u200D' && !Character.isLowSurrogate(next), "cut inside an emoji: " + label);
    }

    @Test
    void leaveOutAChartSlackCouldNotFetch() {
        LeaderCard privateChart = EdgeCaseContent.leaderCards().stream()
                .filter(f -> f.name().startsWith("digest with a private chart URL")).findFirst().orElseThrow()
                .content();

        assertTrue(!card(privateChart, "en").toString().contains("\"image\""));
        assertTrue(card(EdgeCaseContent.named(EdgeCaseContent.leaderCards(), "digest with 16 plain comments of 1,900 characters en"), "en").toString().contains("\"image\""));
    }

    private JsonNode card(LeaderCard card, String locale) {
        ChatRecipient leader = new ChatRecipient(UUID.randomUUID(), PlatformId.SLACK, "ULEAD", locale);
        return slack().leaderCard(card, new LeaderAddress(leader, new DigestTarget(PlatformId.SLACK, null, null), "k"))
                .orElseThrow().payload();
    }
}
