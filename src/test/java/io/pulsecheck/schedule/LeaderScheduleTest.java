package io.pulsecheck.schedule;

import static io.pulsecheck.testing.LeaderCheckFixtures.leadersSchedule;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.web.LinkTokens;
import io.pulsecheck.testing.LeaderCheckFixtures;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** HR sets up a leaders' check over REST; each round asks every leader under the node once, in one cohort. */
@QuarkusTest
class LeaderScheduleTest {

    @Inject
    LeaderCheckFixtures fixtures;

    @Inject
    SchedulerFixtures scheduler;

    @Inject
    TestClock clock;

    @Inject
    LateInvitations lateInvitations;

    @Inject
    LinkTokens tokens;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/schedules").then();
    }

    @Test
    void refusesALeadersCheckOfADepartmentWithoutLeadersNamingTheAudience() {
        UUID department = fixtures.team(null, List.of());
        fixtures.team(department, List.of());
        long before = scheduler.count("select count(*) from schedule");
        post(leadersSchedule(department)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("audience"));
        assertEquals(before, scheduler.count("select count(*) from schedule"));
    }

    @Test
    void refusesAnUnknownAudienceNamingIt() {
        Map<String, Object> body = leadersSchedule(fixtures.team(null, List.of(fixtures.leader())));
        body.put("audience", "everyone");
        post(body).statusCode(400).contentType("application/problem+json").body("errors.field", contains("audience"));
    }

    @Test
    void aMembersScheduleStillNeedsATeam() {
        Map<String, Object> body = leadersSchedule(null);
        body.put("audience", "members");
        post(body).statusCode(400).body("errors.field", contains("teamId"));
    }

    @Test
    void refusesLeaderPromptsForALeadersCheck() {
        Map<String, Object> body = leadersSchedule(fixtures.team(null, List.of(fixtures.leader())));
        body.put("leaderPromptEnabled", true);
        post(body).statusCode(400).body("errors.field", contains("leaderPromptEnabled"));
    }

    @Test
    void anOrganisationWideLeadersCheckHasNoTeamAndOnlyHrReadsIt() {
        fixtures.team(null, List.of(fixtures.leader()));
        String id = post(leadersSchedule(null)).statusCode(201)
                .body("audience", equalTo("leaders")).body("teamId", nullValue())
                .body("leaderPromptEnabled", equalTo(false)).extract().path("id");
        try {
            given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/schedules/{id}", id)
                    .then().statusCode(200).body("audience", equalTo("leaders"));
            given().auth().oauth2(TestTokens.leader("someone-" + UUID.randomUUID() + "@example.com"))
                    .when().get("/api/v1/schedules/{id}", id).then().statusCode(403);
        } finally {
            // Another test's tick would otherwise open a round of every leader in the database.
            scheduler.execute("delete from schedule where id = ?1", UUID.fromString(id));
        }
    }

    @Test
    void eachRoundAsksEveryLeaderUnderTheNodeOnceInOneCohort() {
        UUID department = fixtures.team(null, List.of());
        UUID first = fixtures.team(department, List.of());
        UUID second = fixtures.team(department, List.of());
        UUID head = fixtures.leader();
        fixtures.team(department, List.of()); // a branch without leaders opens no cycle
        scheduler.execute("insert into team_leader (team_id, person_id) values (?1, ?2)", department, head);
        List<UUID> firstLeaders = fixtures.teamsWithLeaders(first, 2);
        List<UUID> secondLeaders = fixtures.teamsWithLeaders(second, 1);
        UUID both = fixtures.leader();
        fixtures.team(first, List.of(both));
        fixtures.team(second, List.of(both));
        UUID other = fixtures.leader();
        fixtures.team(null, List.of(other)); // outside the department: not asked

        UUID schedule = fixtures.openRound(department);

        List<UUID> cycles = fixtures.cycles(schedule);
        assertEquals(3, cycles.size(), "the department's own leaders, the first and the second branch");
        assertEquals(5, scheduler.count("""
                select count(*) from cycle_invitation i join cycle c on c.id = i.cycle_id where c.schedule_id = ?1
                """, schedule), "the head, the branches' three leaders and the one leading in both, once");
        assertEquals(0, scheduler.count("""
                select count(*) from cycle_invitation i join cycle c on c.id = i.cycle_id
                where c.schedule_id = ?1 and i.person_id = ?2""", schedule, other));
        assertEquals(fixtures.cycleOf(schedule, firstLeaders.get(0)), fixtures.cycleOf(schedule, firstLeaders.get(1)));
        assertNotEquals(fixtures.cycleOf(schedule, firstLeaders.get(0)),
                fixtures.cycleOf(schedule, secondLeaders.get(0)));
        assertEquals(3, scheduler.count("select count(*) from cycle where schedule_id = ?1 and audience = 'leaders'",
                schedule));
        assertEquals(0, scheduler.count("select count(*) from leader_action where announced_cycle_id in "
                + "(select id from cycle where schedule_id = ?1)", schedule));
    }

    @Test
    void leadersArePromptedForACheckInWithTheirFellowLeadersNotTheirTeam() {
        UUID department = fixtures.team(null, List.of());
        UUID leader = fixtures.teamsWithLeaders(department, 1).get(0);
        UUID schedule = fixtures.openRound(department);
        UUID cycle = fixtures.cycleOf(schedule, leader);

        // The leader's locale is German; the prompt is queued when the round opens at its send time.
        assertEquals(1, scheduler.count("""
                select count(*) from outbox_message where cycle_id = ?1 and person_id = ?2
                and payload::text like '%Check-in mit *Ihren F%hrungskolleginnen und -kollegen*%'""", cycle, leader));
        assertEquals(0, scheduler.count("""
                select count(*) from outbox_message m join team t on t.id = ?3
                where m.cycle_id = ?1 and m.person_id = ?2 and m.payload::text like '%' || t.name || '%'""",
                cycle, leader, fixtures.cohortOf(cycle)), "the cohort team's name");
    }

    @Test
    void aMemberOfTheCohortTeamReachedLateIsNotInvitedToTheLeadersRound() {
        UUID department = fixtures.team(null, List.of());
        UUID branch = fixtures.team(department, List.of());
        fixtures.teamsWithLeaders(branch, 1);
        UUID member = fixtures.leader();
        scheduler.execute("insert into team_member (team_id, person_id) values (?1, ?2)", branch, member);
        UUID schedule = fixtures.openRound(department);

        lateInvitations.invite(member, Instant.parse("2021-03-22T10:00:00Z"));

        assertEquals(0, scheduler.count("""
                select count(*) from cycle_invitation i join cycle c on c.id = i.cycle_id
                where c.schedule_id = ?1 and i.person_id = ?2""", schedule, member));
    }

    @Test
    void theWebCheckInOfALeadersRoundIsWithTheFellowLeaders() {
        UUID department = fixtures.team(null, List.of());
        UUID leader = fixtures.webLeader("lead-" + UUID.randomUUID() + "@example.com");
        fixtures.team(department, List.of(leader));
        UUID schedule = fixtures.openRound(department);
        clock.setInstant(Instant.parse("2021-03-22T10:00:00Z"));
        String link = tokens.issue(leader, fixtures.cycleOf(schedule, leader), Instant.parse("2021-03-25T00:00:00Z"));

        given().when().get(link.substring(link.indexOf("/checkin/")))
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Check-in mit Ihren Führungskolleginnen und -kollegen"));
    }

    @Test
    void aRoundKeepsTheOrganisationsKWhereACohortTeamHasALowerOne() {
        UUID department = fixtures.team(null, List.of());
        UUID branch = fixtures.team(department, List.of());
        fixtures.teamsWithLeaders(branch, 1);
        scheduler.execute("update team set k_threshold = 3, comment_threshold = 3 where id = ?1", branch);
        UUID schedule = fixtures.openRound(department);
        assertEquals(fixtures.organisationK(), fixtures.k(schedule));
    }
}
