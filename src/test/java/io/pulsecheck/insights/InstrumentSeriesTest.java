package io.pulsecheck.insights;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A series belongs to one instrument (docs/QUESTIONS.md, "Instruments and series"): the weekly pulse's mood item and
 * WHO-5 both report well-being, but a trend, a change or an alert never compares one with the other.
 */
@QuarkusTest
class InstrumentSeriesTest {

    @Inject
    InsightFixtures fixtures;

    @Inject
    EntityManager em;

    private static JsonPath report(SeededTeam team, LocalDate from, LocalDate to) {
        return given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", from.toString())
                .queryParam("to", to.toString()).when().get("/api/v1/teams/{id}/insights", team.id())
                .then().statusCode(200).extract().jsonPath();
    }

    /** Five responses to the weekly pulse's mood item (1..5, rescaled to 0..100). */
    private void moods(SeededTeam pulse, UUID cycle, int... values) {
        for (int value : values) {
            fixtures.respond(pulse, cycle, Map.of("pulse_mood", value));
        }
    }

    /** Responses to WHO-5, each answering all five items with the same value. */
    private void who5(SeededTeam who5, UUID cycle, int... itemValues) {
        for (int value : itemValues) {
            fixtures.respondWellbeing(who5, cycle, value);
        }
    }

    @Test
    void teamMovingFromTheWeeklyPulseToWho5GetsTwoSeriesNotOneTrend() {
        SeededTeam team = fixtures.team("series", null, 5);
        SeededTeam pulse = fixtures.asking(team, "weekly-pulse", 2);
        SeededTeam who5 = fixtures.asking(team, "who-5", 1);
        UUID first = fixtures.cycle(pulse, LocalDate.parse("2026-06-01"), 6, "closed");
        UUID second = fixtures.cycle(pulse, LocalDate.parse("2026-06-08"), 6, "closed");
        UUID third = fixtures.cycle(who5, LocalDate.parse("2026-06-15"), 6, "closed");
        UUID fourth = fixtures.cycle(who5, LocalDate.parse("2026-06-22"), 6, "closed");
        moods(pulse, first, 5, 5, 5, 5, 5);
        moods(pulse, second, 4, 4, 4, 4, 5);
        // From a mood of 80 to a WHO-5 of 24: as one trend it would be a drop of 56 points far beyond the noise.
        who5(who5, third, 1, 1, 1, 1, 2);
        who5(who5, fourth, 2, 2, 2, 2, 3);

        JsonPath report = report(team, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-22"));

        assertEquals("weekly-pulse", report.getString("cycles[0].instrument"));
        assertEquals("Weekly pulse", report.getString("cycles[0].instrumentName"));
        assertEquals("weekly-pulse", report.getString("cycles[1].instrument"));
        assertEquals(-20.0, report.getDouble("cycles[1].wellbeing.change"), 0.001);
        assertNull(report.get("cycles[1].seriesStart"));

        assertEquals("who-5", report.getString("cycles[2].instrument"));
        assertEquals("WHO-5 Well-Being Index", report.getString("cycles[2].instrumentName"));
        assertTrue(report.getBoolean("cycles[2].seriesStart"));
        assertEquals("weekly-pulse", report.getString("cycles[2].previousInstrument"));
        assertEquals("Weekly pulse", report.getString("cycles[2].previousInstrumentName"));
        assertEquals(24.0, report.getDouble("cycles[2].wellbeing.value"), 0.001);
        assertNull(report.get("cycles[2].wellbeing.change"), "no change across two instruments");
        assertNull(report.get("cycles[2].wellbeing.significant"));

        assertEquals("who-5", report.getString("cycles[3].instrument"));
        assertNull(report.get("cycles[3].seriesStart"));
        assertEquals(20.0, report.getDouble("cycles[3].wellbeing.change"), 0.001, "compared with WHO-5 only");
    }

    @Test
    void who5IsScoredAsTheRawSumTimesFourFromTheStatistics() {
        SeededTeam who5 = fixtures.asking(fixtures.team("who5-score", null, 5), "who-5", 1);
        LocalDate date = LocalDate.parse("2026-06-29");
        UUID cycle = fixtures.cycle(who5, date, 6, "closed");
        int[][] respondents = { { 5, 4, 3, 2, 1 }, { 0, 1, 2, 3, 4 }, { 5, 5, 5, 5, 5 }, { 2, 3, 2, 3, 2 },
                { 1, 0, 1, 0, 1 } };
        double indexSum = 0;
        for (int[] items : respondents) {
            Map<String, Integer> answers = new java.util.HashMap<>();
            int raw = 0;
            for (int i = 0; i < 5; i++) {
                answers.put("who5_" + (i + 1), items[i]);
                raw += items[i];
            }
            fixtures.respond(who5, cycle, answers);
            // docs/QUESTIONS.md: raw score = sum of the five items (0-25); well-being index = raw x 4.
            indexSum += raw * 4;
        }

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select instrument, n, score_sum from cycle_dimension_statistics
                where cycle_id = :cycle and dimension = 'wellbeing'
                """).setParameter("cycle", cycle).getSingleResult());
        assertEquals("who-5", stored[0]);
        assertEquals(5L, ((Number) stored[1]).longValue());
        assertEquals(0, new BigDecimal("260").compareTo(new BigDecimal(stored[2].toString())));

        JsonPath report = report(who5, date, date);
        assertEquals(indexSum / respondents.length, report.getDouble("cycles[0].wellbeing.value"), 0.001);
        assertEquals(52.0, report.getDouble("cycles[0].wellbeing.value"), 0.001);
        assertEquals("who-5", report.getString("cycles[0].instrument"));
    }

    @Test
    void weeklyPulseVersionsOneAndTwoStayOneSeries() {
        SeededTeam team = fixtures.team("pulse-versions", null, 5);
        SeededTeam v1 = fixtures.asking(team, "weekly-pulse", 1);
        SeededTeam v2 = fixtures.asking(team, "weekly-pulse", 2);
        UUID first = fixtures.cycle(v1, LocalDate.parse("2026-07-06"), 6, "closed");
        UUID second = fixtures.cycle(v2, LocalDate.parse("2026-07-13"), 6, "closed");
        moods(v1, first, 5, 5, 5, 5, 4);
        moods(v2, second, 2, 2, 2, 2, 1);

        JsonPath report = report(team, LocalDate.parse("2026-07-06"), LocalDate.parse("2026-07-13"));

        assertEquals("weekly-pulse", report.getString("cycles[0].instrument"));
        assertEquals("weekly-pulse", report.getString("cycles[1].instrument"));
        assertNull(report.get("cycles[1].seriesStart"));
        // 95 -> 20: one series, so the change is there and beyond the noise.
        assertEquals(-75.0, report.getDouble("cycles[1].wellbeing.change"), 0.001);
        assertTrue(report.getBoolean("cycles[1].wellbeing.significant"));
    }

    @Test
    void copyOfWho5IsNotValidatedAndReportsUnderItsOwnInstrument() {
        String who5Id = given().auth().oauth2(TestTokens.hrAdmin()).queryParam("builtin", true)
                .when().get("/api/v1/question-sets").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.builtinKey == 'who-5' }.id");
        JsonPath original = given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/question-sets/{id}", who5Id)
                .then().statusCode(200).extract().jsonPath();
        assertTrue(original.getBoolean("validated"));
        assertEquals("who-5", original.getString("instrument"));
        JsonPath copy = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", InsightFixtures.unique("Our own mood check")))
                .when().post("/api/v1/question-sets/{id}/copies", who5Id).then().statusCode(201).extract().jsonPath();
        assertFalse(copy.getBoolean("validated"));
        assertEquals(copy.getString("id"), copy.getString("instrument"));

        SeededTeam team = fixtures.team("copy", null, 5);
        SeededTeam asking = fixtures.askingCurrent(team, UUID.fromString(copy.getString("id")));
        LocalDate date = LocalDate.parse("2026-07-20");
        UUID cycle = fixtures.cycle(asking, date, 6, "closed");
        who5(asking, cycle, 3, 3, 3, 3, 3);

        JsonPath report = report(team, date, date);
        assertEquals(copy.getString("id"), report.getString("cycles[0].instrument"));
        assertEquals(copy.getString("name"), report.getString("cycles[0].instrumentName"));
    }
}
