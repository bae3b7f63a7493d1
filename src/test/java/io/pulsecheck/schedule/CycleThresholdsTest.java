package io.pulsecheck.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The thresholds in force when a cycle opens apply to its report; a change while it runs applies from the next. */
@QuarkusTest
class CycleThresholdsTest {

    @Inject
    CheckInTick tick;

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    SealingService sealing;

    @Inject
    TestClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    /** A team of six on a weekly Monday schedule (k and comment threshold inherited: 5) and its question ids. */
    private record Setup(UUID team, UUID schedule, List<UUID> members, UUID question) {
    }

    private Setup setup(LocalDate firstMonday) {
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en"));
        }
        UUID team = fixtures.team(members, List.of());
        UUID set = fixtures.questionSet();
        UUID schedule = fixtures.weeklySchedule(team, set, firstMonday);
        fixtures.update(schedule, s -> s.cycleLengthDays = 3);
        return new Setup(team, schedule, members, fixtures.questionIds(set).get(0));
    }

    /** Opens the cycle of a Monday and returns it. */
    private Cycle open(Setup setup, LocalDate monday) {
        tick.runCycles(Instant.parse(monday + "T08:00:00Z"));
        clock.setInstant(Instant.parse(monday + "T12:00:00Z"));
        return fixtures.cycles(setup.schedule()).stream().filter(c -> c.cycleDate.equals(monday)).findFirst()
                .orElseThrow();
    }

    private void answer(Setup setup, Cycle cycle, int respondents, int comments) {
        for (int i = 0; i < respondents; i++) {
            UUID person = setup.members().get(i);
            String comment = i < comments ? "Comment number " + i : null;
            QuarkusTransaction.requiringNew().run(() -> sealing.seal(new Submission(cycle.id, person,
                    List.of(new Submission.RawAnswer(setup.question(), "3", "answers[0].value")), comment)));
        }
    }

    /** HR changes the team's thresholds through the API, as during a running cycle. */
    private static void changeThresholds(UUID team, Integer k, Integer commentThreshold) {
        var current = given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/teams/{id}", team)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("name", current.getString("name"));
        body.put("leaderIds", List.of());
        body.put("kThreshold", k);
        body.put("commentThreshold", commentThreshold);
        body.put("version", current.getLong("version"));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/teams/{id}", team).then().statusCode(200);
    }

    private static ValidatableResponse insights(UUID team, LocalDate date) {
        return given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", date.toString()).queryParam("to", date.toString())
                .when().get("/api/v1/teams/{id}/insights", team)
                .then().statusCode(200);
    }

    @Test
    void kLoweredDuringAnOpenCycleAppliesFromTheNextCycle() {
        LocalDate first = LocalDate.of(2022, 5, 2);
        LocalDate second = first.plusWeeks(1);
        Setup setup = setup(first);
        Cycle running = open(setup, first);
        assertEquals(5, running.kThreshold);

        changeThresholds(setup.team(), 3, null);
        answer(setup, running, 4, 0);
        ReleasedCycles.release(running.id);

        // Four answers under the k of 5 in force when the cycle opened: no numbers, here or in the organisation report.
        insights(setup.team(), first)
                .body("cycles[0].kThreshold", equalTo(5))
                .body("cycles[0].enoughResponses", equalTo(false))
                .body("cycles[0]", not(hasKey("respondents")))
                .body("cycles[0].wellbeing", not(hasKey("value")));
        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", first.toString()).queryParam("to", first.toString())
                .when().get("/api/v1/insights/org")
                .then().statusCode(200)
                .body("nodes.find { it.teamId == '" + setup.team() + "' }.status", equalTo("no_data"))
                .body("nodes.find { it.teamId == '" + setup.team() + "' }", not(hasKey("respondents")));

        Cycle next = open(setup, second);
        assertEquals(3, next.kThreshold);
        answer(setup, next, 3, 0);
        ReleasedCycles.release(next.id);
        insights(setup.team(), second)
                .body("cycles[0].kThreshold", equalTo(3))
                .body("cycles[0].enoughResponses", equalTo(true))
                .body("cycles[0].respondents", equalTo(3));
    }

    @Test
    void commentThresholdLoweredDuringAnOpenCycleAppliesFromTheNextCycle() {
        LocalDate first = LocalDate.of(2022, 6, 6);
        LocalDate second = first.plusWeeks(1);
        Setup setup = setup(first);
        Cycle running = open(setup, first);

        changeThresholds(setup.team(), null, 3);
        answer(setup, running, 5, 3);
        ReleasedCycles.release(running.id);
        insights(setup.team(), first)
                .body("cycles[0].commentThreshold", equalTo(5))
                .body("cycles[0].commentsStatus", equalTo("not_enough_comments"))
                .body("cycles[0]", not(hasKey("comments")));

        Cycle next = open(setup, second);
        answer(setup, next, 5, 3);
        ReleasedCycles.release(next.id);
        insights(setup.team(), second)
                .body("cycles[0].commentThreshold", equalTo(3))
                .body("cycles[0].commentsStatus", equalTo("shown"))
                .body("cycles[0].comments.size()", equalTo(3));
    }
}
