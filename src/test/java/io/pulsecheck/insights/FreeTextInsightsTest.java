package io.pulsecheck.insights;

import static io.pulsecheck.testing.InboundTestAccess.slackSubmit;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.dashboard.DashboardSessionSupport;
import io.pulsecheck.dashboard.DashboardSessions;
import io.pulsecheck.digest.DigestService;
import io.pulsecheck.platform.LeaderCard;

import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Free-text answers are reported like comments: per question, released, at k, under the comment threshold. */
@QuarkusTest
class FreeTextInsightsTest {

    @Inject
    DashboardSessionSupport sessions;

    @Inject
    DigestService digests;

    @Test
    void freeTextAnswersAreShownPerQuestionOnceTheCommentThresholdAnsweredIt() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 5);
        for (int i = 0; i < 5; i++) {
            answer(checkin, i, "idea number " + (char) ('a' + i));
        }
        assertNull(report(checkin).get("cycles[0].freeText"), "nothing of an open check-in");
        assertFalse(reportBody(checkin).contains("idea number"));

        ReleasedCycles.release(checkin.cycleId());

        JsonPath report = report(checkin);
        int threshold = report.getInt("cycles[0].commentThreshold");
        assertEquals(5, threshold, "the organisation's default comment threshold, which five answers reach");
        assertEquals(List.of("wish"), report.getList("cycles[0].freeText.questionKey"));
        assertEquals("What would help you?", report.getString("cycles[0].freeText[0].question.en"));
        assertEquals("shown", report.getString("cycles[0].freeText[0].status"));
        assertEquals(List.of("idea number a", "idea number b", "idea number c", "idea number d", "idea number e"),
                report.getList("cycles[0].freeText[0].answers", String.class).stream().sorted().toList());
    }

    @Test
    void freeTextBelowTheCommentThresholdShowsOnlyItsStatus() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 5);
        for (int i = 0; i < 5; i++) {
            answer(checkin, i, i < 4 ? "idea number " + (char) ('a' + i) : null);
        }
        ReleasedCycles.release(checkin.cycleId());

        JsonPath report = report(checkin);
        assertEquals(5, report.getInt("cycles[0].respondents"));
        assertEquals("not_enough_comments", report.getString("cycles[0].freeText[0].status"));
        assertNull(report.get("cycles[0].freeText[0].answers"));
        assertFalse(reportBody(checkin).contains("idea number"));
    }

    @Test
    void namesInFreeTextAreScrubbedBeforeTheyAreShown() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 5);
        String colleague = checkin.member(1).displayName();
        for (int i = 0; i < 5; i++) {
            answer(checkin, i, "ask " + colleague + " about the rollout " + i);
        }
        ReleasedCycles.release(checkin.cycleId());

        List<String> answers = report(checkin).getList("cycles[0].freeText[0].answers", String.class);
        assertEquals(5, answers.size());
        assertTrue(answers.stream().allMatch(a -> a.startsWith("ask [name] about the rollout")), answers::toString);
        // The last part of the display name is the fixture's tag, which the team's name carries as well.
        String body = reportBody(checkin);
        for (String part : colleague.split(" ")) {
            assertTrue(answers.stream().noneMatch(a -> a.contains(part)), "an answer names " + part);
        }
        assertFalse(body.contains(colleague.split(" ")[0]), "the report names the colleague");
        assertFalse(body.contains(colleague.split(" ")[1]), "the report names the colleague");
    }

    @Test
    void theLeadersViewShowsTheShownAnswersUnderTheirQuestion() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 5);
        for (int i = 0; i < 5; i++) {
            answer(checkin, i, "idea number " + (char) ('a' + i) + " <b>");
        }
        ReleasedCycles.release(checkin.cycleId());
        UUID leader = (UUID) Rows.list("select person_id from team_leader where team_id = ?1", checkin.teamId())
                .get(0)[0];

        String html = given().cookie(DashboardSessions.COOKIE, sessions.signIn(leader))
                .when().get("/dashboard/teams/{id}", checkin.teamId()).then().statusCode(200).extract().asString();

        assertTrue(html.contains("What would help you?"), "the question heads its answers");
        for (char c = 'a'; c <= 'e'; c++) {
            assertTrue(html.contains("idea number " + c + " &lt;b&gt;"), "answer " + c + ", escaped");
        }
    }

    @Test
    void theDigestShowsTheShownAnswersUnderTheirQuestionAndNoneBelowTheThreshold() {
        Checkin shown = OpenCheckInFixtures.openCheckin("slack", 5);
        Checkin hidden = OpenCheckInFixtures.openCheckin("slack", 5);
        for (int i = 0; i < 5; i++) {
            answer(shown, i, "idea number " + (char) ('a' + i));
            answer(hidden, i, i < 4 ? "hidden idea " + (char) ('a' + i) : null);
        }
        ReleasedCycles.release(shown.cycleId());
        ReleasedCycles.release(hidden.cycleId());

        LeaderCard card = digests.digestCard(shown.teamId(), "en");
        LeaderCard.Section answers = card.sections().stream()
                .filter(section -> section.heading().equals("What would help you?")).findFirst().orElseThrow();
        assertEquals(List.of("idea number a", "idea number b", "idea number c", "idea number d", "idea number e"),
                answers.items().stream().sorted().toList());
        assertTrue(digests.digestCard(hidden.teamId(), "en").sections().stream()
                .noneMatch(section -> section.items().stream().anyMatch(item -> item.contains("hidden idea"))));
    }

    private static void answer(Checkin checkin, int member, String freeText) {
        Map<UUID, String> answers = new HashMap<>();
        answers.put(checkin.scale(), "3");
        if (freeText != null) {
            answers.put(checkin.freeText(), freeText);
        }
        slackSubmit(checkin, checkin.member(member).platformUserId(), answers, null);
    }

    private static JsonPath report(Checkin checkin) {
        return JsonPath.from(reportBody(checkin));
    }

    private static String reportBody(Checkin checkin) {
        return given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get("/api/v1/teams/{id}/insights", checkin.teamId())
                .then().statusCode(200).extract().asString();
    }
}
