package io.pulsecheck.insights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The built-in "Psychological safety and fear" set is scored as docs/QUESTIONS.md says: five 1..5 agreement items,
 * items 3 (fear of consequences) and 4 (job fear) reversed, index = 100 × mean((v − 1) / 4) with the reversed items as
 * (5 − v) / 4, higher is safer; reported as {@code safety} in team and organisation insights.
 */
@QuarkusTest
class SafetySetTest {

    private static final String VERSION = "fcf99a73-5c91-49c6-b5f3-ef2730bbb35a";
    private static final List<String> KEYS = List.of("safety_speak_up", "safety_mistakes", "safety_consequences",
            "safety_job_fear", "safety_support");

    @Inject
    InsightFixtures fixtures;

    @Inject
    EntityManager em;

    /** A seeded team whose cycles ask the built-in safety set. */
    @Transactional
    @SuppressWarnings("unchecked")
    SeededTeam safetyTeam() {
        SeededTeam team = fixtures.team("safety", null, 5);
        Map<String, UUID> questions = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "select key, id from question where set_version_id = cast(:version as uuid)")
                .setParameter("version", VERSION).getResultList()) {
            questions.put((String) row[0], (UUID) row[1]);
        }
        return new SeededTeam(team.id(), team.name(), UUID.fromString(VERSION), team.scheduleId(), questions);
    }

    private static Map<String, Integer> answers(int... values) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(KEYS.get(i), values[i]);
        }
        return answers;
    }

    /** The documented scoring, written out per item. */
    private static double documented(int... values) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            boolean reversed = i == 2 || i == 3;
            sum += reversed ? (5 - values[i]) / 4.0 : (values[i] - 1) / 4.0;
        }
        return 100 * sum / values.length;
    }

    @Test
    void libraryHasTheSafetySetWithItsReverseItems() {
        String id = given().auth().oauth2(TestTokens.hrAdmin()).queryParam("builtin", true).queryParam("size", 200)
                .when().get("/api/v1/question-sets").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.builtinKey == 'psychological-safety' }.id");
        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/question-sets/" + id).then().statusCode(200)
                .body("questions.key", equalTo(KEYS))
                .body("questions.reverseScored", contains(false, false, true, true, false))
                .body("questions.dimension", everyItem(equalTo("safety")))
                .body("questions.type", everyItem(equalTo("scale_1_5")))
                .body("questions.text", everyItem(hasKey("de")))
                .body("questions.text", everyItem(hasKey("en")));
    }

    @Test
    void safetyIndexIsScoredAsDocumented() {
        SeededTeam team = safetyTeam();
        UUID cycle = fixtures.cycle(team, LocalDate.parse("2026-04-06"), 6, "closed");
        int[][] respondents = { { 5, 5, 1, 1, 5 }, { 4, 4, 2, 3, 4 }, { 2, 3, 4, 5, 2 }, { 3, 4, 3, 2, 3 },
                { 5, 5, 5, 5, 5 } };
        double sum = 0;
        for (int[] values : respondents) {
            fixtures.respond(team, cycle, answers(values));
            sum += documented(values);
        }
        assertEquals(100.0, documented(5, 5, 1, 1, 5), 1e-9, "no fear and full agreement is the top of the scale");
        assertEquals(60.0, documented(5, 5, 5, 5, 5), 1e-9, "agreeing with the fear items lowers the index");

        JsonPath report = given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "2026-04-01")
                .queryParam("to", "2026-04-30").when().get("/api/v1/teams/{id}/insights", team.id())
                .then().statusCode(200).extract().jsonPath();
        assertEquals("shown", report.getString("cycles[0].safety.status"));
        assertEquals(Math.round(sum / respondents.length * 10.0) / 10.0, report.getDouble("cycles[0].safety.value"),
                1e-9);
        assertEquals(5, report.getInt("cycles[0].safety.n"));
        assertEquals("no_data", report.getString("cycles[0].wellbeing.status"));
    }

    @Test
    void safetyBelowKShowsNoNumber() {
        SeededTeam team = safetyTeam();
        UUID cycle = fixtures.cycle(team, LocalDate.parse("2026-04-13"), 6, "closed");
        for (int i = 0; i < 4; i++) {
            fixtures.respond(team, cycle, answers(4, 4, 2, 2, 4));
        }
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "2026-04-01").queryParam("to", "2026-04-30")
                .when().get("/api/v1/teams/{id}/insights", team.id()).then().statusCode(200)
                .body("cycles[0].safety.status", equalTo("not_enough_responses"))
                .body("cycles[0].safety", org.hamcrest.Matchers.not(hasKey("value")));
    }
}
