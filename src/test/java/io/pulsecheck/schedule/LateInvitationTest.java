package io.pulsecheck.schedule;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A member nothing reached when the check-in opened is invited as soon as something does (here: HR adds their email
 * address through the people API), instead of waiting for the next cycle; and counted among the invited.
 */
@QuarkusTest
class LateInvitationTest {

    private static final LocalDate MONDAY = LocalDate.of(2021, 3, 22);

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    CheckInTick tick;

    @Inject
    DeliveryTestSupport delivery;

    @Inject
    TestClock clock;

    private UUID reached;
    private UUID unreached;
    private UUID schedule;

    @BeforeEach
    void checkInOpenedWhileOneMemberWasUnreachable() {
        delivery.isolate();
        reached = fixtures.person(null, "Europe/Berlin", "en");
        fixtures.updatePerson(reached, p -> {
            p.platformUserId = null;
            p.email = "reached-" + UUID.randomUUID() + "@example.com";
        });
        unreached = fixtures.person(null, "Europe/Berlin", "en");
        fixtures.updatePerson(unreached, p -> {
            p.platformUserId = null;
            p.email = null;
        });
        UUID team = fixtures.team(List.of(reached, unreached), List.of());
        schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        clock.setInstant(Instant.parse("2021-03-22T08:00:00Z"));
        tick.runOnce();
    }

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    @Test
    void memberReachedAfterTheCheckInOpenedIsInvitedAndPromptedOnTheNextTick() {
        Cycle cycle = fixtures.cycles(schedule).get(0);
        assertEquals(0, invitations(cycle.id, unreached), "nothing reached them when the cycle opened");

        String email = "late-" + UUID.randomUUID() + "@example.com";
        changePerson(unreached, Map.of("email", email));
        clock.setInstant(Instant.parse("2021-03-22T08:05:00Z"));
        tick.runOnce();

        assertEquals(1, invitations(cycle.id, unreached));
        assertEquals(1, fixtures.count("select count(*) from outbox_message where cycle_id = ?1 and person_id = ?2 "
                + "and channel = 'email'", cycle.id, unreached), "the link went out by email");
    }

    @Test
    void lateInvitationCountsAmongTheInvitedMembers() {
        UUID cycleId = fixtures.cycles(schedule).get(0).id;
        assertEquals(1, fixtures.cycles(schedule).get(0).invitedCount);

        changePerson(unreached, Map.of("email", "late-" + UUID.randomUUID() + "@example.com"));

        assertEquals(2, fixtures.cycles(schedule).get(0).invitedCount);
        changePerson(unreached, Map.of("displayName", "Renamed"));
        assertEquals(2, fixtures.cycles(schedule).get(0).invitedCount, "a second change invites nobody twice");
        assertEquals(1, invitations(cycleId, unreached));
    }

    @Test
    void changeThatStillReachesNobodyInvitesNobody() {
        UUID cycleId = fixtures.cycles(schedule).get(0).id;

        changePerson(unreached, Map.of("displayName", "Still unreachable"));

        assertEquals(0, invitations(cycleId, unreached));
        assertEquals(1, fixtures.cycles(schedule).get(0).invitedCount);
    }

    @Test
    void closedCheckInInvitesNobodyLate() {
        UUID cycleId = fixtures.cycles(schedule).get(0).id;
        fixtures.execute("update cycle set status = 'closed' where id = ?1", cycleId);

        changePerson(unreached, Map.of("email", "late-" + UUID.randomUUID() + "@example.com"));

        assertEquals(0, invitations(cycleId, unreached));
    }

    private long invitations(UUID cycleId, UUID personId) {
        return fixtures.count("select count(*) from cycle_invitation where cycle_id = ?1 and person_id = ?2",
                cycleId, personId);
    }

    /** Reads the person through the API and writes it back with the given fields changed, as HR's tools do. */
    private static void changePerson(UUID personId, Map<String, Object> changes) {
        Map<String, Object> person = given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/people/{id}", personId)
                .then().statusCode(200).extract().as(Map.class);
        Map<String, Object> body = new HashMap<>(person);
        body.remove("id");
        body.remove("status");
        body.remove("pausedUntil");
        body.putAll(changes);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/people/{id}", personId)
                .then().statusCode(200);
    }
}
