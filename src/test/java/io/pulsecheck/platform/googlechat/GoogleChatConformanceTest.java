package io.pulsecheck.platform.googlechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.platform.AnnouncedAction;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptCapacity;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.WireSize;
import io.pulsecheck.platform.conformance.EdgeCaseContent;
import io.pulsecheck.platform.conformance.EdgeCaseContent.Named;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;
import io.pulsecheck.platform.conformance.GoogleChatChecker;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every Google Chat prompt, reminder, leader prompt, reply and leader card, rendered from the edge-case fixtures, uses
 * only documented Cards v2 fields, stays within {@link GoogleChatLimits} and shows people's text as typed; a prompt
 * too large for one message shows what fits and says how much.
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

    @Test
    void everyPromptAndReminderFitsGoogleChat() {
        List<String> problems = new ArrayList<>();
        for (Named<PromptContent> fixture : EdgeCaseContent.prompts(PlatformId.GOOGLE_CHAT)) {
            GoogleChatChecker.check(GoogleChatPrompts.card(fixture.content()))
                    .forEach(p -> problems.add(fixture + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLeaderPromptFitsGoogleChat() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.leaderPrompts(PlatformId.GOOGLE_CHAT)) {
            GoogleChatChecker.check(GoogleChatPrompts.leaderText(fixture.content()))
                    .forEach(p -> problems.add(fixture + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyReplyAndUpdatedCardFitsGoogleChat() {
        List<String> problems = new ArrayList<>();
        for (var fixture : EdgeCaseContent.replies()) {
            GoogleChatChecker.check(GoogleChatReplies.message(fixture.content()))
                    .forEach(p -> problems.add(fixture + " (message): " + p));
            GoogleChatChecker.check(GoogleChatReplies.updateCard(fixture.content()))
                    .forEach(p -> problems.add(fixture + " (updated card): " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void promptNotificationShowsTheTeamNameInBoldWithoutLiteralStars() {
        JsonNode body = GoogleChatPrompts.card(EdgeCaseContent.named(EdgeCaseContent.prompts(PlatformId.GOOGLE_CHAT),
                "ordinary en"));

        String text = body.path("text").asText();
        assertTrue(text.startsWith("Time for your check-in with *Platform*."), text);
        assertFalse(text.contains("\u200B"), "no zero-width space keeps a star literal: " + text);
    }

    @Test
    void starsInTheTeamNameStayStarsAndTheBundlesBoldStaysBold() {
        JsonNode body = GoogleChatPrompts.card(EdgeCaseContent.named(EdgeCaseContent.prompts(PlatformId.GOOGLE_CHAT),
                "markup in every field en"));

        String text = body.path("text").asText();
        assertTrue(text.startsWith("Time for your check-in with *Acceptance Chat <\u200BQA> & Co *\u200Bbold*\u200B"),
                text);
        String intro = body.path("cardsV2").get(0).path("card").path("sections").get(0).path("widgets").get(0)
                .path("textParagraph").path("text").asText();
        assertTrue(intro.startsWith("Time for your check-in with <b>Acceptance Chat &lt;QA&gt; &amp; Co *bold*"),
                intro);
    }

    @Test
    void leaderPromptShowsTheTeamNameInBoldAndEveryQuestion() {
        JsonNode body = GoogleChatPrompts.leaderText(EdgeCaseContent.named(
                EdgeCaseContent.leaderPrompts(PlatformId.GOOGLE_CHAT), "ordinary en"));

        String text = body.path("text").asText();
        assertTrue(text.startsWith("Your team *Platform* gets its check-in on 2026-11-23."), text);
        assertTrue(text.contains("\n\u2022 Do you know what is planned?\n"), text);
        assertTrue(text.endsWith("People who feel heard answer honestly."), text);
    }

    @Test
    void leaderPromptWithFiftyLongQuestionsSaysHowManyItLeavesOut() {
        JsonNode body = GoogleChatPrompts.leaderText(EdgeCaseContent.named(
                EdgeCaseContent.leaderPrompts(PlatformId.GOOGLE_CHAT), "50 long questions en"));

        String text = body.path("text").asText();
        assertTrue(text.length() <= GoogleChatLimits.MESSAGE_TEXT, "length " + text.length());
        assertTrue(text.matches("(?s).*\n… and \\d+ more\\.\n\n.*"), text);
    }

    @Test
    void capacityIsTheCardsWidgetLimitLessTheIntroActionsCommentRepliesBoxAndSubmit() {
        PromptCapacity capacity = platforms.of(PlatformId.GOOGLE_CHAT).orElseThrow().promptCapacity().orElseThrow();

        assertEquals(94, capacity.maxQuestions());
        assertEquals(GoogleChatLimits.SELECTION_ITEMS, capacity.maxChoices());
        assertTrue(capacity.limit().startsWith("Google Chat shows 100 widgets per card"), capacity.limit());
    }

    @Test
    void rotationAtCapacityOfShortQuestionsIsAskedWhole() {
        JsonNode body = GoogleChatPrompts.card(prompt(yesNoQuestions(GoogleChatLimits.PROMPT_QUESTIONS), List.of()));

        assertEquals(List.of(), GoogleChatChecker.check(body));
        assertEquals(GoogleChatLimits.PROMPT_QUESTIONS, questionWidgets(body).size());
        assertFalse(body.toString().contains("showing"), "nothing left out");
    }

    @Test
    void rotationBeyondTheWidgetLimitAsksWhatFitsAndSaysHowMany() {
        JsonNode body = GoogleChatPrompts.card(prompt(yesNoQuestions(120), List.of()));

        assertEquals(List.of(), GoogleChatChecker.check(body));
        assertEquals(GoogleChatLimits.PROMPT_QUESTIONS, questionWidgets(body).size());
        assertTrue(introOf(body).endsWith("(showing 94 of 120)"), introOf(body));
    }

    @Test
    void promptBeyondTheByteBudgetDropsQuestionsFromTheEndAndSaysHowMany() {
        List<Question> questions = wideChoiceQuestions(12);

        JsonNode body = GoogleChatPrompts.card(prompt(questions, List.of()));

        assertTrue(WireSize.bytes(body) <= GoogleChatLimits.MESSAGE_BYTES, "bytes " + WireSize.bytes(body));
        int shown = questionWidgets(body).size();
        assertTrue(shown > 0 && shown < 12, "shown " + shown);
        assertEquals("q:" + questions.get(0).id, questionWidgets(body).get(0).path("selectionInput").path("name").asText());
        assertTrue(introOf(body).endsWith("(showing " + shown + " of 12)"), introOf(body));
    }

    @Test
    void leadersActionsGiveWayBeforeAnyQuestionAndAreCounted() {
        List<Question> questions = wideChoiceQuestions(2);
        List<AnnouncedAction> actions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            actions.add(new AnnouncedAction(UUID.randomUUID(), "Action " + i + " " + "ä".repeat(490), LocalDate.of(2026, 11, 2)));
        }
        JsonNode withoutActions = GoogleChatPrompts.card(prompt(questions, List.of()));
        int room = GoogleChatLimits.MESSAGE_BYTES - WireSize.bytes(withoutActions);

        JsonNode body = GoogleChatPrompts.card(prompt(questions, actions));

        assertTrue(room < 40 * 1000, "the actions alone would overflow the card: room " + room);
        assertEquals(List.of(), GoogleChatChecker.check(body));
        assertEquals(2, questionWidgets(body).size());
        String lastActions = body.path("cardsV2").get(0).path("card").path("sections").get(0).path("widgets")
                .get(GoogleChatLimits.PROMPT_ACTION_PARAGRAPHS).path("textParagraph").path("text").asText();
        assertTrue(lastActions.matches("(?s).*<br>… and \\d+ more\\.$"), lastActions);
    }

    private static PromptContent prompt(List<Question> questions, List<AnnouncedAction> actions) {
        return new PromptContent(false, UUID.randomUUID(), LocalDate.of(2026, 11, 23), "Platform",
                new ChatRecipient(UUID.randomUUID(), PlatformId.GOOGLE_CHAT, "users/1", "en"), questions, actions);
    }

    private static List<Question> yesNoQuestions(int count) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            questions.add(question(QuestionType.YES_NO, "Q" + i));
        }
        return questions;
    }

    /** Questions of 20 choices with long labels: about 5 KB each on the wire. */
    private static List<Question> wideChoiceQuestions(int count) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Question question = question(QuestionType.SINGLE_CHOICE, "Which fits best, part " + i + "?");
            List<Question.Choice> choices = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                String label = "Choice " + c + " " + "ü".repeat(190);
                choices.add(new Question.Choice("c" + c, Map.of("en", label)));
            }
            question.choices = choices;
            questions.add(question);
        }
        return questions;
    }

    private static Question question(QuestionType type, String text) {
        Question question = new Question();
        question.id = UUID.randomUUID();
        question.type = type;
        question.key = "k" + question.id;
        question.dimension = "wellbeing";
        question.text = Map.of("en", text);
        return question;
    }

    private static JsonNode questionWidgets(JsonNode body) {
        return body.path("cardsV2").get(0).path("card").path("sections").get(1).path("widgets");
    }

    private static String introOf(JsonNode body) {
        return body.path("cardsV2").get(0).path("card").path("sections").get(0).path("widgets").get(0)
                .path("textParagraph").path("text").asText();
    }

    private JsonNode card(LeaderCard card, String locale) {
        ChatRecipient leader = new ChatRecipient(UUID.randomUUID(), PlatformId.GOOGLE_CHAT, null, locale);
        return platforms.of(PlatformId.GOOGLE_CHAT).orElseThrow().leaderCard(card, new LeaderAddress(leader,
                new DigestTarget(PlatformId.GOOGLE_CHAT, "https://chat.googleapis.com/v1/spaces/A/messages", null),
                "k")).orElseThrow().payload();
    }
}
