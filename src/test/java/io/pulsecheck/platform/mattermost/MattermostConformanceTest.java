package io.pulsecheck.platform.mattermost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.pulsecheck.platform.conformance.EdgeCaseContent;
import io.pulsecheck.platform.conformance.MattermostChecker;
import io.pulsecheck.teams.Person;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every Mattermost message kind, rendered from the edge-case fixtures, uses only documented webhook and attachment
 * fields, stays within {@link MattermostLimits} and shows people's text as typed, pinging no one.
 */
@QuarkusTest
class MattermostConformanceTest {

    @Inject
    ChatPlatforms platforms;

    @Inject
    MattermostReplies replies;

    private ChatPlatform mattermost() {
        return platforms.of(PlatformId.MATTERMOST).orElseThrow();
    }

    @Test
    void everyPromptAndReminderFitsMattermost() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.prompts(PlatformId.MATTERMOST)) {
            MattermostChecker.check(mattermost().prompt(fixture.content()).orElseThrow().payload())
                    .forEach(p -> problems.add(fixture + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLeaderPromptFitsMattermost() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.leaderPrompts(PlatformId.MATTERMOST)) {
            MattermostChecker.check(mattermost().leaderPrompt(fixture.content()).orElseThrow().payload())
                    .forEach(p -> problems.add(fixture + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDigestAndAlertFitsMattermost() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.leaderCards()) {
            MattermostChecker.check(card(fixture.content(), "en")).forEach(p -> problems.add(fixture + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyReplyFitsMattermost() {
        List<String> problems = new ArrayList<>();
        for (String locale : EdgeCaseContent.LOCALES) {
            Person person = new Person();
            person.id = UUID.randomUUID();
            person.locale = locale;
            for (var fixture : EdgeCaseContent.replySteps()) {
                MattermostChecker.check(replies.update(fixture.content(), person, "conformancepostid000000000"))
                        .forEach(p -> problems.add(fixture + " " + locale + " (update): " + p));
                MattermostChecker.check(replies.ephemeral(replies.text(fixture.content(), locale), fixture.content(),
                        person)).forEach(p -> problems.add(fixture + " " + locale + " (ephemeral): " + p));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void digestOverThePostLengthSaysHowManyCommentsItShows() {
        JsonNode body = card(EdgeCaseContent.leaderCards().get(0).content(), "en");

        assertTrue(body.toString().matches(".*Anonymous comments \\(showing \\d+ of 16\\).*"), body.toString());
    }

    @Test
    void channelMentionInTheTeamNamePingsNoOne() {
        var fixture = EdgeCaseContent.prompts(PlatformId.MATTERMOST).stream()
                .filter(f -> f.name().equals("markup in every field en")).findFirst().orElseThrow();

        String text = mattermost().prompt(fixture.content()).orElseThrow().payload().path("text").asText();

        assertFalse(text.contains("@channel"), text);
        assertTrue(text.contains("Acceptance Chat &lt;QA&gt; &amp; Co \\*bold\\*"), text);
    }

    private JsonNode card(LeaderCard card, String locale) {
        ChatRecipient leader = new ChatRecipient(UUID.randomUUID(), PlatformId.MATTERMOST, "lead", locale);
        return mattermost().leaderCard(card, new LeaderAddress(leader,
                new DigestTarget(PlatformId.MATTERMOST, "https://chat.example.com/hooks/x", null), "k"))
                .orElseThrow().payload();
    }
}
