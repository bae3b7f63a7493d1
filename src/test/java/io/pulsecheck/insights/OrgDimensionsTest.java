package io.pulsecheck.insights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.JsonNumbers;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The organisation report shows every dimension the teams' sets collect, not only the five named indices: further
 * numeric dimensions as an index with interval, single choices as shares per option, under the same k and the same
 * differencing guard.
 */
@QuarkusTest
class OrgDimensionsTest {

    @Inject
    InsightFixtures fixtures;

    private static ValidatableResponse org(LocalDate day) {
        return given().config(JsonNumbers.DOUBLES).auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", day.toString()).queryParam("to", day.plusDays(6).toString())
                .when().get("/api/v1/insights/org")
                .then().statusCode(200);
    }

    private static String dimension(String kind, UUID teamId, String dimension) {
        return "nodes.find { it.kind == '" + kind + "' && it.teamId == '" + teamId + "' }.dimensions.find { it.dimension == '"
                + dimension + "' }";
    }

    /** All five trust items answered with {@code value}; item 5 is reverse-scored, so it gets {@code 6 - value}. */
    private static Map<String, Object> trust(int value) {
        Map<String, Object> answers = new HashMap<>();
        for (int i = 1; i <= 4; i++) {
            answers.put("trust_" + i, value);
        }
        answers.put("trust_5", 6 - value);
        return answers;
    }

    @Test
    void orgReportShowsTrustRecognitionAndWorkloadOfADepartment() {
        LocalDate day = LocalDate.parse("2031-02-03");
        SeededTeam department = fixtures.team("org-dims", null, 5);
        SeededTeam leadership = fixtures.asking(fixtures.team("org-trust", department.id(), 5), "trust-in-leadership", 1);
        SeededTeam pulse = fixtures.asking(fixtures.team("org-pulse", department.id(), 5), "weekly-pulse", 2);
        UUID trustCycle = fixtures.cycle(leadership, day, 6, "closed");
        UUID pulseCycle = fixtures.cycle(pulse, day, 6, "closed");
        int[] trustValues = { 5, 4, 4, 3, 4 };
        String[] workload = { "too_high", "too_high", "about_right", "about_right", "about_right" };
        for (int i = 0; i < 5; i++) {
            fixtures.respondAny(leadership, trustCycle, trust(trustValues[i]));
            fixtures.respondAny(pulse, pulseCycle,
                    Map.of("pulse_recognition", i < 4 ? 1 : 0, "pulse_workload", workload[i]));
        }

        // Trust: (100 + 75 + 75 + 50 + 75) / 5 = 75; recognition 4 of 5 said yes; workload 3 about right, 2 too high.
        org(day)
                .body(dimension("department", department.id(), "trust") + ".kind", equalTo("index"))
                .body(dimension("department", department.id(), "trust") + ".index.value", closeTo(75.0, 0.001))
                .body(dimension("department", department.id(), "trust") + ".index.n", equalTo(5))
                .body(dimension("department", department.id(), "trust") + ".index", hasKey("ciLow"))
                .body(dimension("department", department.id(), "recognition") + ".index.value", closeTo(80.0, 0.001))
                .body(dimension("department", department.id(), "workload") + ".kind", equalTo("distribution"))
                .body(dimension("department", department.id(), "workload") + ".n", equalTo(5))
                .body(dimension("department", department.id(), "workload")
                        + ".shares.find { it.choice == 'about_right' }.share.value", closeTo(60.0, 0.001))
                .body(dimension("department", department.id(), "workload")
                        + ".shares.find { it.choice == 'too_high' }.share.value", closeTo(40.0, 0.001))
                .body(dimension("team", leadership.id(), "trust") + ".index.value", closeTo(75.0, 0.001))
                .body(dimension("team", leadership.id(), "workload") + ".status", equalTo("no_data"));

        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", day.toString()).queryParam("to", day.plusDays(6).toString())
                .when().get("/api/v1/insights/org.csv")
                .then().statusCode(200)
                .body(containsString(",safety_ci_high,recognition,recognition_ci_low,recognition_ci_high,trust,"
                        + "trust_ci_low,trust_ci_high,workload_about_right,workload_too_high"))
                .body(containsString(",80.0,"))
                .body(containsString(",75.0,"));
    }

    @Test
    void differencingGuardHidesASiblingSubtractionForANewDimension() {
        // Both teams show their respondents and the department its 12, but only 3 of the small team answered trust:
        // department trust (9) minus the big team's shown trust (6) would reveal those 3 inside a k-5 report.
        LocalDate day = LocalDate.parse("2031-03-03");
        SeededTeam department = fixtures.team("org-guard", null, 5);
        SeededTeam big = fixtures.asking(fixtures.team("org-big", department.id(), 5), "trust-in-leadership", 1);
        SeededTeam small = fixtures.asking(fixtures.team("org-small", department.id(), 3), "trust-in-leadership", 1);
        UUID bigCycle = fixtures.cycle(big, day, 6, "closed");
        UUID smallCycle = fixtures.cycle(small, day, 6, "closed");
        for (int i = 0; i < 6; i++) {
            fixtures.respondAny(big, bigCycle, trust(4));
            fixtures.respondAny(small, smallCycle, i < 3 ? trust(1) : Map.of());
        }

        org(day)
                .body("nodes.find { it.kind == 'department' && it.teamId == '" + department.id() + "' }.status",
                        equalTo("shown"))
                .body("nodes.find { it.kind == 'department' && it.teamId == '" + department.id() + "' }.respondents",
                        equalTo(12))
                .body(dimension("team", big.id(), "trust") + ".index.value", closeTo(75.0, 0.001))
                .body(dimension("team", small.id(), "trust") + ".index.value", closeTo(0.0, 0.001))
                .body(dimension("department", department.id(), "trust") + ".index.status",
                        equalTo("suppressed_differencing"))
                .body(dimension("department", department.id(), "trust") + ".index", not(hasKey("value")));
    }
}
