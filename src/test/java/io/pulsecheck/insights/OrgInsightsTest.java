package io.pulsecheck.insights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.JsonNumbers;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class OrgInsightsTest {

    private static final LocalDate DAY = LocalDate.parse("2026-04-06");

    @Inject
    InsightFixtures fixtures;

    private void seed(SeededTeam team, int respondents, int itemValue) {
        UUID cycle = fixtures.cycle(team, DAY, respondents + 2, "closed");
        for (int i = 0; i < respondents; i++) {
            fixtures.respondWellbeing(team, cycle, itemValue);
        }
    }

    private ValidatableResponse org() {
        return given().config(JsonNumbers.DOUBLES).auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", DAY.toString()).queryParam("to", DAY.plusDays(6).toString())
                .when().get("/api/v1/insights/org")
                .then().statusCode(200);
    }

    private static String node(String kind, UUID teamId) {
        return "nodes.find { it.kind == '" + kind + "' && it.teamId == '" + teamId + "' }";
    }

    @Test
    void blocksDifferencingBetweenDepartmentAndItsChildren() {
        // The small team may show its own 3 answers (k 3), but the department (k 5) minus the big team would
        // isolate those 3 people within a k-5 report, so the department roll-up is suppressed.
        SeededTeam department = fixtures.team("dept", null, 5);
        SeededTeam big = fixtures.team("big", department.id(), 5);
        SeededTeam small = fixtures.team("small", department.id(), 3);
        seed(big, 6, 4);
        seed(small, 3, 1);

        org()
                .body(node("team", big.id()) + ".wellbeing.value", closeTo(80.0, 0.001))
                .body(node("department", department.id()) + ".status", equalTo("suppressed_differencing"))
                .body(node("department", department.id()), not(hasKey("respondents")))
                .body(node("department", department.id()) + ".wellbeing", not(hasKey("value")));
    }

    @Test
    void showsDepartmentRollUpWhenNoChildCanBeSubtractedBelowK() {
        SeededTeam department = fixtures.team("dept", null, 5);
        SeededTeam first = fixtures.team("first", department.id(), 5);
        SeededTeam second = fixtures.team("second", department.id(), 5);
        seed(first, 5, 5);
        seed(second, 5, 0);

        org()
                .body(node("department", department.id()) + ".status", equalTo("shown"))
                .body(node("department", department.id()) + ".respondents", equalTo(10))
                .body(node("department", department.id()) + ".wellbeing.value", closeTo(50.0, 0.001))
                .body(node("department", department.id()) + ".participation.value", closeTo(10.0 / 14 * 100, 0.06));
    }

    @Test
    void leavesCyclesBelowKOutOfEveryRollUp() {
        // A cycle with 2 answers must not be recoverable by comparing the department with and without it.
        SeededTeam department = fixtures.team("dept", null, 5);
        SeededTeam team = fixtures.team("member", department.id(), 5);
        seed(team, 5, 5);
        UUID tiny = fixtures.cycle(team, DAY.plusDays(3), 4, "closed");
        fixtures.respondWellbeing(team, tiny, 0);
        fixtures.respondWellbeing(team, tiny, 0);

        org()
                .body(node("team", team.id()) + ".respondents", equalTo(5))
                .body(node("team", team.id()) + ".wellbeing.value", closeTo(100.0, 0.001))
                .body(node("department", department.id()) + ".respondents", equalTo(5));
    }

    @Test
    void orgReportIsForHrAdminsOnly() {
        SeededTeam team = fixtures.team("led", null, 5);
        String leader = fixtures.leader(team.id(), "slack", InsightFixtures.unique("U"), "en", "UTC");
        given().auth().oauth2(TestTokens.leader(leader)).when().get("/api/v1/insights/org")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.leader(leader)).when().get("/api/v1/insights/org.csv")
                .then().statusCode(403);
    }

    @Test
    void exportsOrgAggregatesAsCsv() {
        SeededTeam team = fixtures.team("csvorg", null, 5);
        seed(team, 5, 3);
        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", DAY.toString()).queryParam("to", DAY.plusDays(6).toString())
                .when().get("/api/v1/insights/org.csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("kind,team_id,name,parent_id,from,to,status,respondents,participation,wellbeing"))
                .body(containsString("team," + team.id() + ",\"" + team.name() + "\",,2026-04-06,2026-04-12,shown,5,71.4,60.0,"));
    }
}
