package io.pulsecheck.customers;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.common.security.Roles;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * HR's organisation view of both voices. Each test uses a year no other test writes cycles in, so the organisation
 * report over that range holds only its teams.
 */
@QuarkusTest
class OrgCustomerVoiceTest {

    @Inject
    InsightFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void clock() {
        clock.setInstant(Instant.parse("2033-12-01T09:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A team with one closed cycle of the given WHO-5 item values and its complaints of that week. */
    private SeededTeam team(String name, Integer k, LocalDate date, int[] wellbeing, int complaints, long contacts) {
        SeededTeam team = fixtures.team(name, null, k);
        UUID cycle = fixtures.cycle(team, date, 8, "closed");
        for (int value : wellbeing) {
            fixtures.respondWellbeing(team, cycle, value);
        }
        given().auth().oauth2(TestTokens.token("export", Roles.INTEGRATION)).contentType(ContentType.JSON)
                .body(Map.of("signals", List.of(Map.of("date", date.toString(), "metric", "complaints", "value",
                        complaints, "sampleSize", contacts))))
                .when().post("/api/v1/teams/{id}/customer-signals", team.id()).then().statusCode(200);
        return team;
    }

    private static JsonPath view(String from, String to) {
        return given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/insights/org/customer-voice").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void ranksTeamsWhereLowWellbeingAndPoorCustomerMetricsCoincide() {
        LocalDate date = LocalDate.parse("2031-06-02");
        SeededTeam a = team("org-cv-a", 5, date, new int[] { 2, 2, 2, 2, 2 }, 50, 1000);
        team("org-cv-b", 5, date, new int[] { 4, 4, 4, 4, 4 }, 10, 1000);
        team("org-cv-c", 5, date, new int[] { 3, 3, 3, 3, 3 }, 30, 1000);
        SeededTeam e = team("org-cv-e", 5, date, new int[] { 2, 3, 3, 2, 3 }, 40, 1000);
        SeededTeam small = team("org-cv-small", 5, date, new int[] { 0, 0, 0 }, 90, 1000);

        JsonPath view = view("2031-06-01", "2031-06-07");
        // Organisation: (40×5 + 80×5 + 60×5 + 52×5) / 20 = 58; complaints median of the shown teams (50, 10, 30, 40) = 35.
        assertEquals(58.0f, view.getFloat("organisationWellbeing.value"));
        assertEquals(List.of(a.id().toString(), e.id().toString()), view.getList("teams.teamId"));
        assertEquals(List.of(1, 2), view.getList("teams.rank"));
        assertEquals(18.0f, view.getFloat("teams[0].gap"));
        assertEquals(List.of("wellbeing"), view.getList("teams[0].lowOn"));
        assertEquals(40.0f, view.getFloat("teams[0].wellbeing.value"));
        assertTrue(view.getFloat("teams[0].wellbeing.ciLow") <= 40.0f);
        assertEquals("complaints", view.getString("teams[0].poorCustomerMetrics[0].metric"));
        assertEquals(50.0f, view.getFloat("teams[0].poorCustomerMetrics[0].value"));
        assertEquals(35.0f, view.getFloat("teams[0].poorCustomerMetrics[0].teamsMedian"));
        assertEquals("per 1000 contacts", view.getString("teams[0].poorCustomerMetrics[0].unit"));
        assertTrue(view.getFloat("teams[0].poorCustomerMetrics[0].ciLow") < 50.0f
                && view.getFloat("teams[0].poorCustomerMetrics[0].ciHigh") > 50.0f);
        assertFalse(view.getList("teams.teamId").contains(small.id().toString()),
                "a team below k is never listed, whatever its customers say");
        assertTrue(view.getString("note").startsWith("Association, not cause"));
    }

    @Test
    void listsNothingWhenTheOrganisationCellWouldRevealASmallTeam() {
        LocalDate date = LocalDate.parse("2032-06-07");
        team("org-cv-p", 5, date, new int[] { 4, 4, 4, 4, 4, 4 }, 10, 1000);
        // k lowered to 3 for this team: its own cell shows, but 9 − 6 = 3 < 5 would reveal it inside the organisation.
        team("org-cv-q", 3, date, new int[] { 1, 1, 1 }, 60, 1000);

        JsonPath view = view("2032-06-01", "2032-06-13");
        assertEquals("suppressed_differencing", view.getString("organisationWellbeing.status"));
        assertNull(view.get("organisationWellbeing.value"));
        assertEquals(List.of(), view.getList("teams"));
    }

    @Test
    void onlyHrReadsTheOrganisationView() {
        String leaderEmail = fixtures.leader(fixtures.team("org-cv-l", null, 5).id(), "slack",
                InsightFixtures.unique("U"), "en", "Europe/Berlin");
        given().auth().oauth2(TestTokens.leader(leaderEmail)).when().get("/api/v1/insights/org/customer-voice")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("export", Roles.INTEGRATION)).when()
                .get("/api/v1/insights/org/customer-voice").then().statusCode(403);
    }
}
