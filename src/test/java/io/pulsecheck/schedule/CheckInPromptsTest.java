package io.pulsecheck.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.pulsecheck.common.security.ActionTokens;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.quarkus.test.junit.QuarkusTest;

/** Prompts leave at each member's local send time, rendered for their platform and locale. */
@QuarkusTest
class CheckInPromptsTest extends CheckInTestBase {

    @Inject
    ActionTokens tokens;

    @Test
    void promptsEachMemberAtNineLocalTimeAcrossDaylightSavingChange() {
        UUID berlin = fixtures.person(PlatformId.SLACK, "Europe/Berlin", "de");
        UUID newYork = fixtures.person(PlatformId.SLACK, "America/New_York", "en");
        UUID team = fixtures.team(List.of(berlin, newYork), List.of());
        fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        String berlinUser = fixtures.platformUserId(berlin);
        String newYorkUser = fixtures.platformUserId(newYork);

        tickAt("2021-03-22T07:59:59Z");
        assertEquals(0, slackMessagesTo(berlinUser), "not before 09:00 CET");
        tickAt("2021-03-22T08:00:00Z");
        assertEquals(1, slackMessagesTo(berlinUser), "09:00 CET is 08:00 UTC");
        tickAt("2021-03-22T12:59:59Z");
        assertEquals(0, slackMessagesTo(newYorkUser), "not before 09:00 EDT");
        tickAt("2021-03-22T13:00:00Z");
        assertEquals(1, slackMessagesTo(newYorkUser), "09:00 EDT is 13:00 UTC");

        tickAt("2021-03-29T06:59:59Z");
        assertEquals(1, slackMessagesTo(berlinUser), "after the change, not before 09:00 CEST");
        tickAt("2021-03-29T07:00:00Z");
        assertEquals(2, slackMessagesTo(berlinUser), "09:00 CEST is 07:00 UTC");
        tickAt("2021-03-29T13:00:00Z");
        assertEquals(2, slackMessagesTo(newYorkUser));
        assertEquals(2, slackMessagesTo(berlinUser), "each member gets one prompt per cycle");
    }

    @Test
    void slackPromptCarriesEveryQuestionAndOneSubmitInTheMembersLocale() {
        UUID member = fixtures.person(PlatformId.SLACK, "Europe/Berlin", "de");
        UUID team = fixtures.team(List.of(member), List.of());
        UUID set = fixtures.questionSet();
        fixtures.weeklySchedule(team, set, MONDAY);
        List<UUID> q = fixtures.questionIds(set);
        String user = fixtures.platformUserId(member);

        tickAt("2021-03-22T08:00:00Z");

        UUID cycle = fixtures.cycles(scheduleOf(team)).get(0).id;
        String teamName = teamName(team);
        String intro = "Zeit für Ihren Check-in mit *" + teamName + "*. Er dauert eine Minute und bleibt anonym: "
                + "Ihre Führungskräfte sehen nur Gruppenergebnisse.";
        String expected = """
                {"channel": "%s", "text": "%s",
                 "blocks": [
                  {"type": "section", "text": {"type": "mrkdwn", "text": "%s"}},
                  {"type": "input", "block_id": "q:%s", "optional": true,
                   "label": {"type": "plain_text", "text": "Ich war froh und guter Laune"},
                   "element": {"type": "radio_buttons", "action_id": "answer", "options": [
                     {"text": {"type": "plain_text", "text": "0 - Zu keinem Zeitpunkt"}, "value": "0"},
                     {"text": {"type": "plain_text", "text": "1"}, "value": "1"},
                     {"text": {"type": "plain_text", "text": "2"}, "value": "2"},
                     {"text": {"type": "plain_text", "text": "3"}, "value": "3"},
                     {"text": {"type": "plain_text", "text": "4"}, "value": "4"},
                     {"text": {"type": "plain_text", "text": "5 - Die ganze Zeit"}, "value": "5"}]}},
                  {"type": "input", "block_id": "q:%s", "optional": true,
                   "label": {"type": "plain_text", "text": "Würdest du uns empfehlen?"},
                   "element": {"type": "static_select", "placeholder": {"type": "plain_text", "text": "Auswählen"},
                     "action_id": "answer", "options": [
                     {"text": {"type": "plain_text", "text": "0"}, "value": "0"},
                     {"text": {"type": "plain_text", "text": "1"}, "value": "1"},
                     {"text": {"type": "plain_text", "text": "2"}, "value": "2"},
                     {"text": {"type": "plain_text", "text": "3"}, "value": "3"},
                     {"text": {"type": "plain_text", "text": "4"}, "value": "4"},
                     {"text": {"type": "plain_text", "text": "5"}, "value": "5"},
                     {"text": {"type": "plain_text", "text": "6"}, "value": "6"},
                     {"text": {"type": "plain_text", "text": "7"}, "value": "7"},
                     {"text": {"type": "plain_text", "text": "8"}, "value": "8"},
                     {"text": {"type": "plain_text", "text": "9"}, "value": "9"},
                     {"text": {"type": "plain_text", "text": "10"}, "value": "10"}]}},
                  {"type": "input", "block_id": "q:%s", "optional": true,
                   "label": {"type": "plain_text", "text": "Fühlst du dich informiert?"},
                   "element": {"type": "radio_buttons", "action_id": "answer", "options": [
                     {"text": {"type": "plain_text", "text": "Ja"}, "value": "1"},
                     {"text": {"type": "plain_text", "text": "Nein"}, "value": "0"}]}},
                  {"type": "input", "block_id": "q:%s", "optional": true,
                   "label": {"type": "plain_text", "text": "Was würde helfen?"},
                   "element": {"type": "plain_text_input", "action_id": "answer", "multiline": true}},
                  {"type": "input", "block_id": "comment", "optional": true,
                   "label": {"type": "plain_text", "text": "Möchten Sie noch etwas sagen? (optional)"},
                   "element": {"type": "plain_text_input", "action_id": "comment", "multiline": true}},
                  {"type": "actions", "block_id": "submit", "elements": [
                   {"type": "checkboxes", "action_id": "replies", "options": [
                     {"value": "wanted", "text": {"type": "plain_text", "text": "Meine Führungskraft darf antworten, anonym"}}]},
                   {"type": "button", "action_id": "pulse_submit", "style": "primary", "value": "%s",
                    "text": {"type": "plain_text", "text": "Absenden"}}]}
                 ]}
                """.formatted(user, intro.replace("*", ""), intro, q.get(0), q.get(1), q.get(2), q.get(3), cycle);
        wiremock.verify(1, postRequestedFor(urlEqualTo(SLACK))
                .withHeader("Authorization", equalTo("Bearer xoxb-test-token"))
                .withRequestBody(equalToJson(expected)));
    }

    @Test
    void mattermostPromptShowsTheFirstQuestionWithSignedButtons() {
        UUID member = fixtures.person(PlatformId.MATTERMOST, "Europe/Berlin", "en");
        UUID team = fixtures.team(List.of(member), List.of());
        UUID set = fixtures.questionSet();
        fixtures.weeklySchedule(team, set, MONDAY);
        UUID question = fixtures.questionIds(set).get(0);
        String user = fixtures.platformUserId(member);

        tickAt("2021-03-22T08:00:00Z");

        String cycle = fixtures.cycles(scheduleOf(team)).get(0).id.toString();
        long expires = fixtures.cycles(scheduleOf(team)).get(0).closesAt.getEpochSecond();
        String[] labels = { "0 - At no time", "1", "2", "3", "4", "5 - All of the time" };
        StringBuilder buttons = new StringBuilder();
        for (int value = 0; value <= 5; value++) {
            buttons.append(button("a" + value, labels[value], cycle, expires, member, question,
                    Integer.toString(value))).append(',');
        }
        buttons.append(button("skip", "Skip", cycle, expires, member, question, "skip"));
        String expected = """
                {"channel": "@%s",
                 "text": "Time for your check-in with *%s*. It takes a minute and stays anonymous: your leaders only ever see group results.",
                 "attachments": [{"title": "Question 1 of 4", "text": "I have felt cheerful and in good spirits",
                                  "actions": [%s]}]}
                """.formatted(user, teamName(team), buttons);
        wiremock.verify(1, postRequestedFor(urlEqualTo(FakeChatPlatforms.MATTERMOST_HOOK_PATH))
                .withRequestBody(equalToJson(expected)));
    }

    /** A webhook prompt's button: its post id is unknown, so it names none; it expires at the cycle's close. */
    private String button(String id, String name, String cycle, long expires, UUID person, UUID question,
            String value) {
        return """
                {"id": "%s", "name": "%s", "integration": {"url": "http://localhost:8080/webhooks/mattermost/actions",
                 "context": {"cycle": "%s", "person": "%s", "post": "", "question": "%s", "value": "%s",
                             "expires": %d, "token": "%s"}}}
                """.formatted(id, name, cycle, person, question, value, expires, tokens.sign("mattermost-action", "",
                cycle, person.toString(), question.toString(), value, Long.toString(expires)));
    }

    @Test
    void genericWebhookPromptListsQuestionsWithChoices() {
        UUID member = fixtures.person(PlatformId.WEBHOOK, "Europe/Berlin", "de");
        UUID team = fixtures.team(List.of(member), List.of());
        UUID set = fixtures.questionSet();
        fixtures.weeklySchedule(team, set, MONDAY);
        List<UUID> q = fixtures.questionIds(set);
        String user = fixtures.platformUserId(member);

        tickAt("2021-03-22T08:00:00Z");

        String cycle = fixtures.cycles(scheduleOf(team)).get(0).id.toString();
        List<LoggedRequest> requests = wiremock.findAll(postRequestedFor(urlEqualTo(FakeChatPlatforms.GATEWAY_PATH))
                .withRequestBody(matchingJsonPath("$.recipient.userId", equalTo(user))));
        assertEquals(1, requests.size());
        wiremock.verify(postRequestedFor(urlEqualTo(FakeChatPlatforms.GATEWAY_PATH))
                .withRequestBody(matchingJsonPath("$.recipient.userId", equalTo(user)))
                .withRequestBody(matchingJsonPath("$.type", equalTo("checkin.prompt")))
                .withRequestBody(matchingJsonPath("$.cycleId", equalTo(cycle)))
                .withRequestBody(matchingJsonPath("$.cycleDate", equalTo("2021-03-22")))
                .withRequestBody(matchingJsonPath("$.recipient.platform", equalTo("webhook")))
                .withRequestBody(matchingJsonPath("$.recipient.locale", equalTo("de")))
                .withRequestBody(matchingJsonPath("$.questions[0].id", equalTo(q.get(0).toString())))
                .withRequestBody(matchingJsonPath("$.questions[0].type", equalTo("scale_0_5")))
                .withRequestBody(matchingJsonPath("$.questions[0].choices[0].label", equalTo("0 - Zu keinem Zeitpunkt")))
                .withRequestBody(matchingJsonPath("$.questions[2].choices[0].value", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.questions[3].type", equalTo("free_text")))
                .withRequestBody(matchingJsonPath("$.messageId", matching("[0-9a-f-]{36}"))));
    }

    private UUID scheduleOf(UUID team) {
        return fixtures.scheduleOfTeam(team);
    }

    private String teamName(UUID team) {
        return fixtures.teamName(team);
    }
}
