package io.pulsecheck.insights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.JsonNumbers;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class TeamInsightsTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Inject
    InsightFixtures fixtures;

    private ValidatableResponse insights(SeededTeam team) {
        return given().config(JsonNumbers.DOUBLES).auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .when().get("/api/v1/teams/{id}/insights", team.id())
                .then().statusCode(200);
    }

    @Test
    void computesEachIndexAsHandComputed() {
        SeededTeam team = fixtures.team("indices", null, 5);
        UUID cycle = fixtures.cycle(team, DAY, 8, "closed");
        // WHO-5 sums 15, 20, 10, 25, 5 -> 60, 80, 40, 100, 20 (mean 60, SD 31.62, t(4) 2.776 -> +-39.26).
        // PSS-4 raw 4, 16, 0, 8, 12 of 16 -> 25, 100, 0, 50, 75 (mean 50); items 2 and 3 reversed.
        // Transparency (v-1)/4 averaged over two items -> 100, 0, 75, 62.5, 37.5 (mean 55).
        // eNPS answers 10, 9, 3, 6, 0 -> 2 promoters, 3 detractors of 5 -> -20.
        int[][] answers = { { 3, 2, 4, 4, 2, 5, 5, 10 }, { 4, 5, 1, 1, 5, 1, 1, 9 }, { 2, 1, 5, 5, 1, 4, 4, 3 },
                { 5, 3, 3, 3, 3, 3, 4, 6 }, { 1, 4, 2, 2, 4, 2, 3, 0 } };
        for (int[] a : answers) {
            fixtures.respond(team, cycle, Map.ofEntries(Map.entry("who5_1", a[0]), Map.entry("who5_2", a[0]),
                    Map.entry("who5_3", a[0]), Map.entry("who5_4", a[0]), Map.entry("who5_5", a[0]),
                    Map.entry("pss4_1", a[1]), Map.entry("pss4_2", a[2]), Map.entry("pss4_3", a[3]),
                    Map.entry("pss4_4", a[4]), Map.entry("transp_1", a[5]), Map.entry("transp_2", a[6]),
                    Map.entry("enps", a[7])));
        }

        insights(team)
                .body("cycles[0].enoughResponses", equalTo(true))
                .body("cycles[0].respondents", equalTo(5))
                .body("cycles[0].wellbeing.value", closeTo(60.0, 0.001))
                .body("cycles[0].wellbeing.ciLow", closeTo(20.7, 0.001))
                .body("cycles[0].wellbeing.ciHigh", closeTo(99.3, 0.001))
                .body("cycles[0].stress.value", closeTo(50.0, 0.001))
                .body("cycles[0].transparency.value", closeTo(55.0, 0.001))
                .body("cycles[0].enps.value", closeTo(-20.0, 0.001))
                .body("cycles[0].participation.value", closeTo(62.5, 0.001));
    }

    @Test
    void suppressesCellWithKMinusOneRespondentsAndShowsItWithK() {
        SeededTeam team = fixtures.team("threshold", null, 5);
        UUID below = fixtures.cycle(team, DAY, 10, "closed");
        UUID at = fixtures.cycle(team, DAY.plusWeeks(1), 10, "closed");
        for (int i = 0; i < 4; i++) {
            fixtures.respondWellbeing(team, below, 4);
            fixtures.respondWellbeing(team, at, 4);
        }
        fixtures.respondWellbeing(team, at, 2);

        insights(team)
                .body("cycles[0].enoughResponses", equalTo(false))
                .body("cycles[0].message", equalTo("not enough responses yet"))
                .body("cycles[0]", not(hasKey("respondents")))
                .body("cycles[0].wellbeing", not(hasKey("value")))
                .body("cycles[0].participation", not(hasKey("value")))
                .body("cycles[1].enoughResponses", equalTo(true))
                .body("cycles[1].respondents", equalTo(5))
                .body("cycles[1].wellbeing.value", closeTo(72.0, 0.001));
    }

    @Test
    void showsCommentsOnlyFromTheCommentThresholdOn() {
        SeededTeam team = fixtures.team("comments", null, 5);
        UUID few = fixtures.cycle(team, DAY, 6, "closed");
        UUID enough = fixtures.cycle(team, DAY.plusWeeks(1), 6, "closed");
        for (int i = 0; i < 5; i++) {
            fixtures.respondWellbeing(team, few, 3);
            fixtures.respondWellbeing(team, enough, 3);
        }
        fixtures.comment(team, few, "only one");
        fixtures.comment(team, few, "only two");
        for (String body : new String[] { "more clarity please", "good sprint", "too many meetings" }) {
            fixtures.comment(team, enough, body);
        }

        insights(team)
                .body("cycles[0].commentsStatus", equalTo("not_enough_comments"))
                .body("cycles[0].comments", nullValue())
                .body("cycles[1].commentsStatus", equalTo("shown"))
                .body("cycles[1].comments", containsInAnyOrder("more clarity please", "good sprint", "too many meetings"));
    }

    @Test
    void callsAChangeSignificantOnlyWhenLargerThanTheNoise() {
        SeededTeam team = fixtures.team("trend", null, 5);
        UUID first = fixtures.cycle(team, DAY, 10, "closed");
        UUID steadyDrop = fixtures.cycle(team, DAY.plusWeeks(1), 10, "closed");
        UUID noisy = fixtures.cycle(team, DAY.plusWeeks(2), 10, "closed");
        int[] firstValues = { 4, 4, 4, 4, 3 };
        int[] dropValues = { 2, 2, 2, 2, 3 };
        int[] noisyValues = { 0, 5, 0, 5, 5 };
        for (int i = 0; i < 5; i++) {
            fixtures.respondWellbeing(team, first, firstValues[i]);
            fixtures.respondWellbeing(team, steadyDrop, dropValues[i]);
            fixtures.respondWellbeing(team, noisy, noisyValues[i]);
        }

        // 76 -> 44 with small spread is a real drop; 44 -> 60 with answers at both ends is within the noise.
        insights(team)
                .body("cycles[1].wellbeing.change", closeTo(-32.0, 0.001))
                .body("cycles[1].wellbeing.significant", equalTo(true))
                .body("cycles[2].wellbeing.change", closeTo(16.0, 0.001))
                .body("cycles[2].wellbeing.significant", equalTo(false));
    }

    @Test
    void closedCycleShowsNothingUntilItsAnswersAreMixed() {
        SeededTeam team = fixtures.team("unmixed", null, 5);
        UUID cycle = fixtures.cycle(team, DAY, 6, "open");
        for (int i = 0; i < 6; i++) {
            fixtures.respondWellbeing(team, cycle, 4);
            fixtures.comment(team, cycle, "comment " + i);
        }
        OpenCheckInFixtures.close(cycle);

        insights(team)
                .body("cycles[0].cycleStatus", equalTo("closed"))
                .body("cycles[0].released", equalTo(false))
                .body("cycles[0].wellbeing.status", equalTo("not_released"))
                .body("cycles[0].wellbeing", not(hasKey("value")))
                .body("cycles[0].commentsStatus", equalTo("not_released"))
                .body("cycles[0]", not(hasKey("comments")));

        ReleasedCycles.release(cycle);
        insights(team)
                .body("cycles[0].released", equalTo(true))
                .body("cycles[0].respondents", equalTo(6))
                .body("cycles[0].wellbeing.value", closeTo(80.0, 0.001))
                .body("cycles[0].commentsStatus", equalTo("shown"));
    }

    @Test
    void leaderReadsOwnTeamButGetsForbiddenForAnotherTeam() {
        SeededTeam own = fixtures.team("own", null, 5);
        SeededTeam other = fixtures.team("other", null, 5);
        String leader = fixtures.leader(own.id(), "slack", InsightFixtures.unique("U"), "en", "UTC");

        given().auth().oauth2(TestTokens.leader(leader))
                .when().get("/api/v1/teams/{id}/insights", own.id())
                .then().statusCode(200).body("teamName", equalTo(own.name()));
        given().auth().oauth2(TestTokens.leader(leader))
                .when().get("/api/v1/teams/{id}/insights", other.id())
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.leader(leader))
                .when().get("/api/v1/teams/{id}/insights.csv", other.id())
                .then().statusCode(403);
    }

    @Test
    void refusesMalformedDateRangeNamingTheField() {
        SeededTeam team = fixtures.team("dates", null, 5);
        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", "last week").queryParam("to", "2026-13-01")
                .when().get("/api/v1/teams/{id}/insights", team.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("from", "to"));
        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", "2026-05-01").queryParam("to", "2026-04-01")
                .when().get("/api/v1/teams/{id}/insights", team.id())
                .then().statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void exportsAggregatesAsCsvWithSuppressedCellsEmpty() {
        SeededTeam team = fixtures.team("csv", null, 5);
        UUID shown = fixtures.cycle(team, DAY, 5, "closed");
        UUID hidden = fixtures.cycle(team, DAY.plusWeeks(1), 5, "closed");
        for (int i = 0; i < 5; i++) {
            fixtures.respondWellbeing(team, shown, 5);
        }
        fixtures.respondWellbeing(team, hidden, 0);

        String csv = given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .when().get("/api/v1/teams/{id}/insights.csv", team.id())
                .then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(3, lines.length);
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].startsWith("team,cycle_date,status,respondents"));
        org.junit.jupiter.api.Assertions.assertTrue(lines[1].contains(",2026-03-02,shown,5,100.0,100.0,"), lines[1]);
        org.junit.jupiter.api.Assertions.assertTrue(lines[2].contains(",2026-03-09,not_enough_responses,,,,"), lines[2]);
    }
}
