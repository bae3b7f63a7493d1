package io.pulsecheck.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.responses.PendingSubmissions;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.testing.JsonNumbers;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Participation is measured against the people a cycle invited when it opened, not the roster of today. */
@QuarkusTest
class CycleParticipationTest {

    private static final LocalDate MONDAY = LocalDate.of(2021, 3, 22);

    @Inject
    CheckInTick tick;

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    SealingService sealing;

    @Inject
    PendingSubmissions pending;

    @Inject
    TestClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void participationUsesTheCountInvitedWhenTheCycleOpenedAfterTheRosterChanged() {
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en"));
        }
        UUID team = fixtures.team(members, List.of());
        UUID set = fixtures.questionSet();
        UUID schedule = fixtures.weeklySchedule(team, set, MONDAY);
        fixtures.update(schedule, s -> s.cycleLengthDays = 3);
        tick.runCycles(Instant.parse("2021-03-22T08:00:00Z"));
        Cycle cycle = fixtures.cycles(schedule).get(0);
        assertEquals(6, cycle.invitedCount);

        // After the cycle opened: four join, one leaves; today's roster has nine people.
        for (int i = 0; i < 4; i++) {
            addMember(team, fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en"));
        }
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().delete("/api/v1/teams/{id}/members/{person}", team, members.get(5))
                .then().statusCode(204);
        UUID question = fixtures.questionIds(set).get(0);
        clock.setInstant(Instant.parse("2021-03-22T12:00:00Z"));
        for (int i = 0; i < 5; i++) {
            UUID person = members.get(i);
            QuarkusTransaction.requiringNew().run(() -> sealing.seal(new Submission(cycle.id, person,
                    List.of(new Submission.RawAnswer(question, "4", "answers[0].value")), null)));
        }
        // Five pending reach k: the job writes them out as readable rows.
        pending.flushDue();

        // While open: 5 of the 6 invited, rounded down to tens (the nine on today's roster would give 50).
        insights(team)
                .body("cycles[0].cycleId", equalTo(cycle.id.toString()))
                .body("cycles[0].released", equalTo(false))
                .body("cycles[0].participation.status", equalTo("coarse"))
                .body("cycles[0].participation.value", closeTo(80.0, 0.001));

        ReleasedCycles.release(cycle.id);
        insights(team)
                .body("cycles[0].cycleId", equalTo(cycle.id.toString()))
                .body("cycles[0].respondents", equalTo(5))
                .body("cycles[0].participation.value", closeTo(83.3, 0.001));
    }

    private static ValidatableResponse insights(UUID team) {
        return given().config(JsonNumbers.DOUBLES).auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", "2021-03-01").queryParam("to", "2021-03-31")
                .when().get("/api/v1/teams/{id}/insights", team)
                .then().statusCode(200);
    }

    private void addMember(UUID team, UUID person) {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("personId", person.toString()))
                .when().post("/api/v1/teams/{id}/members", team)
                .then().statusCode(201);
    }
}
