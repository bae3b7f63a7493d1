package io.pulsecheck.insights;

import static io.pulsecheck.testing.LeaderCheckFixtures.report;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.JsonNumbers;
import io.pulsecheck.testing.LeaderCheckFixtures;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The leaders' own check is reported only as an aggregate of at least k leaders, and never in a team report. */
@QuarkusTest
class LeaderCheckTest {

    @Inject
    LeaderCheckFixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fewerThanKLeadersShowNothing() {
        int k = fixtures.organisationK();
        UUID department = fixtures.team(null, List.of());
        List<UUID> leaders = fixtures.teamsWithLeaders(department, k);
        UUID schedule = fixtures.openRound(department);
        for (UUID leader : leaders.subList(0, k - 1)) {
            fixtures.answer(schedule, leader, 5, 5, 1, 1);
        }
        fixtures.release(schedule);

        JsonPath report = report(schedule);
        assertEquals(1, report.getList("rounds").size());
        assertEquals("department", report.getString("rounds[0].scope"));
        assertEquals("not_enough_responses", report.getString("rounds[0].leaders.status"));
        assertNull(report.get("rounds[0].leaders.respondents"));
        assertNull(report.get("rounds[0].leaders.participation"));
        assertNull(report.get("rounds[0].leaders.dimensions"));
        assertEquals(List.of(), report.getList("rounds[0].cohorts.findAll { it.status != 'not_enough_responses' }"));
        assertEquals(List.of(), report.getList("rounds[0].cohorts.findAll { it.respondents != null }"));
        String csv = csv(schedule);
        // Header and k rows (the whole and k cohorts): status only, every number empty.
        for (String row : csv.split("\r\n")) {
            if (!row.startsWith("schedule_id")) {
                assertFalse(row.matches(".*,not_enough_responses,.*\\d.*"), row);
            }
        }
    }

    @Test
    void kLeadersShowTheAggregateScoredAsDocumented() {
        int k = fixtures.organisationK();
        UUID department = fixtures.team(null, List.of());
        List<UUID> leaders = fixtures.teamsWithLeaders(department, k);
        UUID schedule = fixtures.openRound(department);
        double wellbeing = 0;
        double strain = 0;
        int yes = 0;
        for (int i = 0; i < k; i++) {
            int energy = 1 + i % 5;
            int switchOff = 5 - i % 3;
            int strainAnswer = 2 + i % 4;
            int support = i % 2;
            fixtures.answer(schedule, leaders.get(i), energy, switchOff, strainAnswer, support);
            // docs/QUESTIONS.md: leader_wellbeing = 100 x mean((v - 1) / 4) of the two items, per leader, then the mean.
            wellbeing += 100.0 * ((energy - 1) / 4.0 + (switchOff - 1) / 4.0) / 2 / k;
            strain += 100.0 * (strainAnswer - 1) / 4.0 / k;
            yes += support;
        }
        fixtures.release(schedule);

        JsonPath report = report(schedule);
        assertEquals("shown", report.getString("rounds[0].leaders.status"));
        assertEquals(k, report.getInt("rounds[0].leaders.respondents"));
        assertEquals(100.0, report.getDouble("rounds[0].leaders.participation.value"), 1e-9);
        assertEquals(List.of("leader_strain", "leader_support", "leader_wellbeing"),
                report.getList("rounds[0].leaders.dimensions.dimension"));
        assertEquals(round1(wellbeing), index(report, "leader_wellbeing"), 1e-9);
        assertEquals(round1(strain), index(report, "leader_strain"), 1e-9);
        assertEquals(round1(100.0 * yes / k), index(report, "leader_support"), 1e-9);
        assertEquals(k, report.getInt("rounds[0].leaders.dimensions.find { it.dimension == 'leader_wellbeing' }.index.n"));
        // Every cohort is one team with one leader: none reaches k, none is shown.
        assertEquals(k, report.getList("rounds[0].cohorts").size());
        assertEquals(List.of(), report.getList("rounds[0].cohorts.findAll { it.status == 'shown' }"));
    }

    @Test
    void aLeadersAnswersAreNeverInTheirTeamsReport() {
        int k = fixtures.organisationK();
        UUID department = fixtures.team(null, List.of());
        UUID branch = fixtures.team(department, List.of());
        List<UUID> leaders = fixtures.teamsWithLeaders(branch, k);
        UUID schedule = fixtures.openRound(department);
        for (UUID leader : leaders) {
            fixtures.answer(schedule, leader, 1, 1, 5, 0);
        }
        fixtures.release(schedule);
        assertEquals("shown", report(schedule).getString("rounds[0].leaders.status"));

        // The round's only cohort is the branch; neither it, the department nor any led team reports the answers.
        List<UUID> teams = new ArrayList<>(List.of(department, branch));
        teams.addAll(fixtures.teamsLedBy(leaders));
        for (UUID team : teams) {
            JsonPath insights = given().config(JsonNumbers.DOUBLES).auth().oauth2(TestTokens.hrAdmin())
                    .queryParam("from", "2021-03-01").queryParam("to", "2021-03-31")
                    .when().get("/api/v1/teams/{id}/insights", team)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(), insights.getList("cycles"), "team " + team);
        }
        JsonPath org = given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", "2021-03-01").queryParam("to", "2021-03-31")
                .when().get("/api/v1/insights/org").then().statusCode(200).extract().jsonPath();
        for (UUID team : teams) {
            assertNull(org.get("nodes.find { it.teamId == '" + team + "' }.respondents"), "organisation row " + team);
        }
    }

    @Test
    void aCohortWhoseSubtractionFromTheWholeWouldRevealFewerThanKIsSuppressed() {
        int k = fixtures.organisationK();
        UUID department = fixtures.team(null, List.of());
        UUID large = fixtures.team(department, List.of());
        UUID small = fixtures.team(department, List.of());
        List<UUID> leaders = new ArrayList<>(fixtures.teamsWithLeaders(large, k));
        leaders.addAll(fixtures.teamsWithLeaders(small, 2));
        UUID schedule = fixtures.openRound(department);
        for (UUID leader : leaders) {
            fixtures.answer(schedule, leader, 4, 3, 2, 1);
        }
        fixtures.release(schedule);

        JsonPath report = report(schedule);
        assertEquals("shown", report.getString("rounds[0].leaders.status"));
        assertEquals(k + 2, report.getInt("rounds[0].leaders.respondents"));
        // The large cohort reaches k, but the whole minus it would be the small cohort's two leaders.
        assertEquals("suppressed_differencing", cohort(report, large, "status"));
        assertNull(report.get("rounds[0].cohorts.find { it.teamId == '" + large + "' }.respondents"));
        assertNull(report.get("rounds[0].cohorts.find { it.teamId == '" + large + "' }.dimensions"));
        assertEquals("not_enough_responses", cohort(report, small, "status"));
    }

    @Test
    void cohortsAreShownWhenEveryRemainderReachesK() {
        int k = fixtures.organisationK();
        UUID department = fixtures.team(null, List.of());
        UUID first = fixtures.team(department, List.of());
        UUID second = fixtures.team(department, List.of());
        List<UUID> firstLeaders = fixtures.teamsWithLeaders(first, k);
        List<UUID> secondLeaders = fixtures.teamsWithLeaders(second, k);
        UUID schedule = fixtures.openRound(department);
        firstLeaders.forEach(leader -> fixtures.answer(schedule, leader, 5, 5, 1, 1));
        secondLeaders.forEach(leader -> fixtures.answer(schedule, leader, 1, 1, 5, 0));
        fixtures.release(schedule);

        JsonPath report = report(schedule);
        assertEquals("shown", cohort(report, first, "status"));
        assertEquals("shown", cohort(report, second, "status"));
        assertEquals(100.0, report.getDouble("rounds[0].cohorts.find { it.teamId == '" + first
                + "' }.dimensions.find { it.dimension == 'leader_wellbeing' }.index.value"), 1e-9);
        assertEquals(0.0, report.getDouble("rounds[0].cohorts.find { it.teamId == '" + second
                + "' }.dimensions.find { it.dimension == 'leader_wellbeing' }.index.value"), 1e-9);
        assertEquals(50.0, index(report, "leader_wellbeing"), 1e-9);
    }

    @Test
    void refusesAMalformedScheduleIdNamingIt() {
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("scheduleId", "not-a-uuid")
                .when().get("/api/v1/insights/leaders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("scheduleId"));
    }

    @Test
    void leadersCannotReadTheLeadersReport() {
        given().auth().oauth2(TestTokens.leader("someone-" + UUID.randomUUID() + "@example.com")).when().get("/api/v1/insights/leaders")
                .then().statusCode(403);
    }

    private static String cohort(JsonPath report, UUID team, String field) {
        return report.getString("rounds[0].cohorts.find { it.teamId == '" + team + "' }." + field);
    }

    private static double index(JsonPath report, String dimension) {
        return report.getDouble("rounds[0].leaders.dimensions.find { it.dimension == '" + dimension + "' }.index.value");
    }

    private static double round1(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    private static String csv(UUID schedule) {
        return given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", "2021-03-01").queryParam("to", "2021-03-31")
                .queryParam("scheduleId", schedule.toString())
                .when().get("/api/v1/insights/leaders.csv").then().statusCode(200).extract().asString();
    }
}
