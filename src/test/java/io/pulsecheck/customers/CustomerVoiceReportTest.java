package io.pulsecheck.customers;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The side-by-side report on generated data: employee cells written as anonymous rows, customer values imported over
 * the API, and every correlation checked against a reference calculation over exactly the cycles that may be paired.
 */
@QuarkusTest
class CustomerVoiceReportTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-01-05");

    /** WHO-5 item values of five respondents per cycle (score = 20 × value). */
    private static final int[][] ANSWERS = { { 4, 4, 3, 4, 5 }, { 3, 3, 3, 4, 3 }, { 2, 3, 2, 2, 3 },
            { 4, 5, 4, 4, 4 }, { 1, 2, 2, 1, 2 }, { 3, 4, 3, 3, 2 }, { 5, 5, 4, 5, 4 }, { 2, 2, 1, 2, 3 },
            { 3, 3, 4, 3, 3 }, { 4, 3, 4, 5, 4 }, { 1, 1, 2, 2, 1 }, { 3, 2, 3, 3, 4 } };

    /** Week-to-week noise of the CSAT the generated contact centre reports. */
    private static final double[] NOISE = { 0.04, -0.06, 0.02, 0.05, -0.03, -0.05, 0.01, 0.06, -0.02, 0.03, -0.04,
            0.0 };

    @Inject
    InsightFixtures fixtures;

    @Inject
    TestClock clock;

    private SeededTeam team;
    private String leader;

    @BeforeEach
    void team() {
        clock.setInstant(Instant.parse("2026-06-01T09:00:00Z"));
        team = fixtures.team("voice", null, 5);
        leader = fixtures.leader(team.id(), "slack", InsightFixtures.unique("U"), "en", "Europe/Berlin");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A generated cycle: its date, whether it is closed (released), and its respondents' item values. */
    private record Generated(LocalDate date, boolean released, int[] answers) {

        double shownMean() {
            double sum = 0;
            for (int value : answers) {
                sum += 20.0 * value;
            }
            return Math.round(sum / answers.length * 10.0) / 10.0;
        }

        boolean paired() {
            return released && answers.length >= 5;
        }
    }

    /** Writes the cycles and imports a CSAT per cycle week that follows the cycle's well-being, plus noise. */
    private List<Double> seed(List<Generated> cycles) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Double> csat = new ArrayList<>();
        for (int i = 0; i < cycles.size(); i++) {
            Generated cycle = cycles.get(i);
            UUID id = fixtures.cycle(team, cycle.date(), 6, cycle.released() ? "closed" : "open");
            for (int value : cycle.answers()) {
                fixtures.respondWellbeing(team, id, value);
            }
            double mean = 0;
            for (int value : cycle.answers()) {
                mean += 20.0 * value / cycle.answers().length;
            }
            double value = Math.round((3.1 + 0.017 * mean + NOISE[i % NOISE.length]) * 100.0) / 100.0;
            csat.add(value);
            rows.add(Map.of("date", cycle.date().toString(), "metric", "csat", "value", value, "sampleSize", 300 + i));
        }
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("signals", rows))
                .when().post("/api/v1/teams/{id}/customer-signals", team.id()).then().statusCode(200);
        return csat;
    }

    private static List<Generated> weekly(int count) {
        List<Generated> cycles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cycles.add(new Generated(FIRST.plusWeeks(i), true, ANSWERS[i % ANSWERS.length]));
        }
        return cycles;
    }

    private JsonPath report() {
        return given().auth().oauth2(TestTokens.leader(leader)).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-05-31").when().get("/api/v1/teams/{id}/insights/customer-voice", team.id())
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> relationship(JsonPath report, String employee, String customer, int lag) {
        return report.getMap("relationships.find { it.employee == '" + employee + "' && it.customer == '" + customer
                + "' && it.lag == " + lag + " }");
    }

    /** The reference pairs: shown well-being of cycle i beside the CSAT of cycle i + lag. */
    private static double[][] referencePairs(List<Generated> cycles, List<Double> csat, int lag) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i + lag < cycles.size(); i++) {
            if (cycles.get(i).paired()) {
                pairs.add(new double[] { cycles.get(i).shownMean(), csat.get(i + lag) });
            }
        }
        return new double[][] { pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray() };
    }

    private static void assertMatchesReference(Map<String, Object> shown, double[][] pairs) {
        double r = CorrelationTest.referenceR(pairs[0], pairs[1]);
        double[] interval = CorrelationTest.referenceInterval(r, pairs[0].length);
        assertEquals(pairs[0].length, ((Number) shown.get("commonCycles")).intValue());
        if (interval[1] - interval[0] > 0.8) {
            assertEquals("interval_too_wide", shown.get("status"));
            assertNull(shown.get("r"), "nothing is shown when the interval is too wide");
            return;
        }
        assertEquals("shown", shown.get("status"));
        assertEquals(r, ((Number) shown.get("r")).doubleValue(), 0.0006);
        assertEquals(interval[0], ((Number) shown.get("ciLow")).doubleValue(), 0.0006);
        assertEquals(interval[1], ((Number) shown.get("ciHigh")).doubleValue(), 0.0006);
        assertTrue(((String) shown.get("message")).contains("not cause") || ((String) shown.get("message"))
                .startsWith("No clear association"));
    }

    @Test
    void correlationAndItsIntervalMatchTheReferenceCalculation() {
        List<Generated> cycles = weekly(12);
        List<Double> csat = seed(cycles);
        JsonPath report = report();

        Map<String, Object> sameCycle = relationship(report, "wellbeing", "csat", 0);
        double[][] pairs = referencePairs(cycles, csat, 0);
        assertEquals(12, pairs[0].length);
        assertEquals("shown", sameCycle.get("status"), "a strong association over 12 cycles is shown");
        assertMatchesReference(sameCycle, pairs);
        assertTrue(((String) sameCycle.get("message")).startsWith("Association, not cause"));
        assertMatchesReference(relationship(report, "wellbeing", "csat", 1), referencePairs(cycles, csat, 1));
        assertTrue(report.getString("note").startsWith("Association, not cause"));

        assertEquals(12, report.getList("cycles").size());
        assertEquals("2026-W02", report.getString("cycles[0].week"));
        assertEquals(csat.get(0).floatValue(), report.getFloat("cycles[0].customer.csat.value"));
        assertEquals((float) cycles.get(0).shownMean(), report.getFloat("cycles[0].wellbeing.value"));
        assertEquals("score 1-5", report.getString("customerMetrics[0].unit"));
    }

    @Test
    void nothingIsShownBelowEightCommonCycles() {
        List<Generated> cycles = weekly(7);
        seed(cycles);
        JsonPath report = report();
        for (int lag = 0; lag <= 1; lag++) {
            Map<String, Object> relationship = relationship(report, "wellbeing", "csat", lag);
            assertEquals("not_enough_cycles", relationship.get("status"));
            assertNull(relationship.get("r"));
            assertNull(relationship.get("ciLow"));
        }
        assertEquals(7, ((Number) relationship(report, "wellbeing", "csat", 0).get("commonCycles")).intValue());
    }

    @Test
    void suppressedWeeksArePairedWithNothing() {
        List<Generated> cycles = new ArrayList<>(weekly(11));
        // Week 3 below k (three respondents), week 6 still open with answers that would wreck the correlation.
        cycles.set(2, new Generated(cycles.get(2).date(), true, new int[] { 5, 5, 5 }));
        cycles.set(5, new Generated(cycles.get(5).date(), false, new int[] { 0, 0, 5, 5, 0, 5 }));
        List<Double> csat = seed(cycles);
        JsonPath report = report();

        assertFalse(report.getBoolean("cycles[2].employeeShown"));
        assertEquals("not_enough_responses", report.getString("cycles[2].wellbeing.status"));
        assertNull(report.get("cycles[2].wellbeing.value"));
        assertEquals(csat.get(2).floatValue(), report.getFloat("cycles[2].customer.csat.value"),
                "the customer side of a suppressed week is still shown, only not paired");
        assertFalse(report.getBoolean("cycles[5].released"));
        assertEquals("not_released", report.getString("cycles[5].wellbeing.status"));

        double[][] pairs = referencePairs(cycles, csat, 0);
        assertEquals(9, pairs[0].length);
        assertMatchesReference(relationship(report, "wellbeing", "csat", 0), pairs);
        assertMatchesReference(relationship(report, "wellbeing", "csat", 1), referencePairs(cycles, csat, 1));
    }

    @Test
    void aTooWideIntervalShowsNothing() {
        List<Generated> cycles = weekly(8);
        double[] unrelated = { 4.1, 3.9, 4.0, 4.2, 3.8, 4.1, 3.9, 4.2 };
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID id = fixtures.cycle(team, cycles.get(i).date(), 6, "closed");
            for (int value : cycles.get(i).answers()) {
                fixtures.respondWellbeing(team, id, value);
            }
            rows.add(Map.of("date", cycles.get(i).date().toString(), "metric", "csat", "value", unrelated[i],
                    "sampleSize", 200));
        }
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("signals", rows))
                .when().post("/api/v1/teams/{id}/customer-signals", team.id()).then().statusCode(200);
        Map<String, Object> relationship = relationship(report(), "wellbeing", "csat", 0);

        double[] x = cycles.stream().mapToDouble(Generated::shownMean).toArray();
        double r = CorrelationTest.referenceR(x, unrelated);
        double[] interval = CorrelationTest.referenceInterval(r, 8);
        assertTrue(interval[1] - interval[0] > 0.8, "the generated data is meant to be inconclusive");
        assertEquals(8, ((Number) relationship.get("commonCycles")).intValue());
        assertEquals("interval_too_wide", relationship.get("status"));
        assertNull(relationship.get("r"));
        assertNull(relationship.get("ciLow"));
    }

    @Test
    void leadersReadOnlyTheirOwnTeams() {
        SeededTeam other = fixtures.team("voice-other", null, 5);
        given().auth().oauth2(TestTokens.leader(leader)).when()
                .get("/api/v1/teams/{id}/insights/customer-voice", other.id()).then().statusCode(403);
        given().auth().oauth2(TestTokens.hrAdmin()).when()
                .get("/api/v1/teams/{id}/insights/customer-voice", other.id()).then().statusCode(200);
    }
}
