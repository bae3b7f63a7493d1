package io.pulsecheck.schedule;

import static io.pulsecheck.testing.AdminFixtures.createTeam;
import static io.pulsecheck.testing.AdminFixtures.weeklySchedule;
import static io.pulsecheck.testing.InsightFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.questions.QuestionSet;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A validated scale (WHO-5, PSS-4) is asked whole or not at all: a part of it is no longer that scale. The schedule API
 * refuses a rotation that would split one, and a schedule that has one anyway (set before the rule) asks it whole.
 */
@QuarkusTest
class ValidatedScaleRotationTest extends CheckInTestBase {

    private static UUID builtin(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> QuestionSet.<QuestionSet>find("builtinKey", key).firstResult().id);
    }

    @Test
    void scheduleApiRefusesARotationThatWouldSplitAValidatedScale() {
        String teamId = createTeam(unique("Team"), List.of());
        Map<String, Object> body = weeklySchedule(teamId, builtin("who-5").toString());
        body.put("rotationSize", 3);

        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/schedules").then().statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'rotationSize' }.message",
                        containsString("must be 5: WHO-5 Well-Being Index is a validated scale, asked whole"));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("teamId", teamId).when().get("/api/v1/schedules")
                .then().statusCode(200).body("items", empty());

        body.put("rotationSize", 5);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/schedules").then().statusCode(201);
    }

    @Test
    void rotationNeverSplitsAValidatedScale() {
        UUID member = fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en");
        UUID team = fixtures.team(List.of(member), List.of());
        UUID pss4 = builtin("pss-4");
        UUID schedule = fixtures.weeklySchedule(team, pss4, MONDAY);
        fixtures.update(schedule, s -> s.rotationSize = 2);
        List<UUID> items = fixtures.questionIds(pss4);

        tickAt("2021-03-22T08:00:00Z");
        tickAt("2021-03-29T07:00:00Z");

        List<Cycle> cycles = fixtures.cycles(schedule);
        assertEquals(2, cycles.size());
        for (Cycle cycle : cycles) {
            assertEquals(items, fixtures.cycleQuestionIds(cycle.id), "all four PSS-4 items, in order");
        }
    }
}
