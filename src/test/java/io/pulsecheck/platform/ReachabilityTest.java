package io.pulsecheck.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.platform.web.WebCheckins;
import io.pulsecheck.schedule.CheckInTick;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.schedule.SchedulerFixtures;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Fallback, never silence: each member gets their platform's interactive prompt, or the web link by email; a member
 * nothing reaches is not invited (so participation is measured against reachable people only), and HR sees who and
 * why in one call.
 */
@QuarkusTest
class ReachabilityTest {

    private static final LocalDate MONDAY = LocalDate.of(2021, 3, 22);

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    WebCheckins web;

    @Inject
    CheckInTick tick;

    @Inject
    DeliveryTestSupport delivery;

    @Inject
    TestClock clock;

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    /** A team of one member per way of being reached (or not). */
    private record Roster(UUID team, UUID slack, UUID emailOnly, UUID webWithoutEmail, UUID nothing) {

        List<UUID> all() {
            return List.of(slack, emailOnly, webWithoutEmail, nothing);
        }
    }

    private Roster roster() {
        UUID slack = fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en");
        UUID emailOnly = fixtures.person(null, "Europe/Berlin", "en");
        fixtures.updatePerson(emailOnly, p -> {
            p.platformUserId = null;
            p.email = "only-" + UUID.randomUUID() + "@example.com";
        });
        UUID webWithoutEmail = fixtures.person(PlatformId.WEB, "Europe/Berlin", "en");
        UUID nothing = fixtures.person(null, "Europe/Berlin", "en");
        fixtures.updatePerson(nothing, p -> p.platformUserId = null);
        return new Roster(null, slack, emailOnly, webWithoutEmail, nothing);
    }

    @Test
    void invitesOnlyPeopleSomethingReachesAndCountsParticipationAgainstThem() {
        delivery.isolate();
        Roster roster = roster();
        UUID team = fixtures.team(roster.all(), List.of());
        UUID schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        clock.setInstant(Instant.parse("2021-03-22T08:00:00Z"));
        tick.runOnce();
        web.deliverUntilReceived(List.of(fixtures.email(roster.emailOnly())));

        Cycle cycle = fixtures.cycles(schedule).get(0);
        assertEquals(2, cycle.invitedCount, "the Slack member and the member with an email address");
        assertEquals(0, fixtures.count("select count(*) from cycle_invitation where cycle_id = ?1 and person_id in (?2, ?3)",
                cycle.id, roster.webWithoutEmail(), roster.nothing()));
        // The Slack member is asked in Slack, the other gets the link by mail.
        assertEquals(1, fixtures.count("select count(*) from outbox_message where cycle_id = ?1 and person_id = ?2 "
                + "and channel = 'slack'", cycle.id, roster.slack()));
        assertEquals(1, fixtures.count("select count(*) from outbox_message where cycle_id = ?1 and person_id = ?2 "
                + "and channel = 'email'", cycle.id, roster.emailOnly()));
        assertEquals(1, WebCheckins.mailsTo(fixtures.email(roster.emailOnly())).size());
    }

    @Test
    void hrSeesTheUnreachablePeopleWithTheReasonInOneCall() {
        Roster roster = roster();
        fixtures.team(roster.all(), List.of());
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/people/unreachable")
                .then().statusCode(200)
                .body("items.find { it.personId == '" + roster.nothing() + "' }.reason",
                        equalTo("no chat platform; no email address"))
                .body("items.find { it.personId == '" + roster.webWithoutEmail() + "' }.reason",
                        equalTo("no email address"))
                .body("items.find { it.personId == '" + roster.webWithoutEmail() + "' }.platform", equalTo("web"))
                .body("items.personId", not(hasItem(roster.slack().toString())))
                .body("items.personId", not(hasItem(roster.emailOnly().toString())));
    }

    @Test
    void leadersCannotListUnreachablePeople() {
        given().auth().oauth2(TestTokens.leader("lea-" + UUID.randomUUID() + "@example.com"))
                .when().get("/api/v1/people/unreachable")
                .then().statusCode(403);
    }
}
