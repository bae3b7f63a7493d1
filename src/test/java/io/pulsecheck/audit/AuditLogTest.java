package io.pulsecheck.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.common.security.Roles;
import io.pulsecheck.testing.AdminFixtures;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Every administrative change and export leaves one audit event, with actor, time and before/after. */
@QuarkusTest
class AuditLogTest {

    private static final String EVENTS = "/api/v1/audit/events";

    @Inject
    TestClock clock;

    @Inject
    AuditLog audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A fresh HR admin per test, so the test finds its own events among everyone else's. */
    private static String hrActor() {
        return "hr-" + UUID.randomUUID() + "@example.com";
    }

    private static JsonPath events(String targetType, Object targetId) {
        return given().auth().oauth2(TestTokens.token("works-council@example.com", Roles.AUDITOR))
                .queryParam("targetType", targetType).queryParam("targetId", targetId).queryParam("size", 200)
                .when().get(EVENTS)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String createTeam(String actor, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.token(actor, Roles.HR_ADMIN)).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/teams")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void recordsTeamChangesWithActorTimeAndBeforeAndAfterNewestFirst() {
        String actor = hrActor();
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.setInstant(created);
        String name = AdminFixtures.unique("Audited");
        String team = createTeam(actor, Map.of("name", name));
        clock.setInstant(created.plus(Duration.ofMinutes(5)));
        given().auth().oauth2(TestTokens.token(actor, Roles.HR_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kThreshold", 7, "version", 0))
                .when().put("/api/v1/teams/{id}", team).then().statusCode(200);

        JsonPath events = events("team", team);

        assertEquals(List.of("team.updated", "team.created"), events.getList("items.action"));
        assertEquals(List.of(actor, actor), events.getList("items.actor"));
        assertEquals(created.plus(Duration.ofMinutes(5)), Instant.parse(events.getString("items[0].occurredAt")));
        assertEquals(created, Instant.parse(events.getString("items[1].occurredAt")));
        assertNull(events.get("items[0].before.kThreshold"));
        assertEquals(7, events.getInt("items[0].after.kThreshold"));
        assertNull(events.get("items[1].before"));
        assertEquals(name, events.getString("items[1].after.name"));
    }

    @Test
    void recordsMembershipChangesAndLeadersByPersonIdOnly() {
        String actor = hrActor();
        String email = AdminFixtures.uniqueEmail();
        String person = AdminFixtures.createPerson(email, "Europe/Berlin");
        String displayName = Rows.person(UUID.fromString(person)).displayName;
        String team = createTeam(actor, Map.of("name", AdminFixtures.unique("Members"), "leaderIds", List.of(person)));
        AdminFixtures.addMember(team, person);
        given().auth().oauth2(TestTokens.token(actor, Roles.HR_ADMIN))
                .when().delete("/api/v1/teams/{id}/members/{person}", team, person).then().statusCode(204);

        JsonPath events = events("team", team);

        assertEquals(List.of("team.member_removed", "team.member_added", "team.created"),
                events.getList("items.action"));
        assertEquals(person, events.getString("items[0].before.personId"));
        assertEquals(person, events.getString("items[1].after.personId"));
        assertEquals(List.of(person), events.getList("items[2].after.leaderIds"));
        String json = events.prettify();
        assertFalse(json.contains(email), "no email in the audit log");
        assertFalse(json.contains(displayName), "no name in the audit log");
    }

    @Test
    void recordsOrganisationThresholdChanges() {
        String actor = hrActor();
        Map<String, Object> current = given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/settings/anonymity").then().statusCode(200).extract().as(Map.class);
        int k = (Integer) current.get("kThreshold");
        int comments = (Integer) current.get("commentThreshold");
        try {
            given().auth().oauth2(TestTokens.token(actor, Roles.HR_ADMIN)).contentType(ContentType.JSON)
                    .body(Map.of("kThreshold", k + 1, "commentThreshold", comments))
                    .when().put("/api/v1/settings/anonymity").then().statusCode(200);

            JsonPath events = events("organisation", null);
            int mine = events.getList("items.actor").indexOf(actor);
            assertTrue(mine >= 0, "the change was recorded");
            assertEquals("org_thresholds.changed", events.getString("items[" + mine + "].action"));
            assertEquals(k, events.getInt("items[" + mine + "].before.kThreshold"));
            assertEquals(k + 1, events.getInt("items[" + mine + "].after.kThreshold"));
            assertEquals(comments, events.getInt("items[" + mine + "].after.commentThreshold"));
        } finally {
            given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                    .body(Map.of("kThreshold", k, "commentThreshold", comments))
                    .when().put("/api/v1/settings/anonymity").then().statusCode(200);
        }
    }

    @Test
    void recordsScheduleCreationChangePauseAndResume() {
        String team = AdminFixtures.createTeam(AdminFixtures.unique("Scheduled"), List.of());
        String set = AdminFixtures.createQuestionSet(AdminFixtures.unique("Set"));
        Map<String, Object> body = AdminFixtures.weeklySchedule(team, set);
        String schedule = AdminFixtures.createSchedule(body);
        body.put("localTime", "10:30");
        body.put("version", 0);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/schedules/{id}", schedule).then().statusCode(200);
        given().auth().oauth2(TestTokens.hrAdmin()).when().post("/api/v1/schedules/{id}/pause", schedule)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.hrAdmin()).when().post("/api/v1/schedules/{id}/resume", schedule)
                .then().statusCode(200);

        JsonPath events = events("schedule", schedule);

        assertEquals(List.of("schedule.resumed", "schedule.paused", "schedule.updated", "schedule.created"),
                events.getList("items.action"));
        assertEquals("09:00:00", events.getString("items[2].before.localTime"));
        assertEquals("10:30:00", events.getString("items[2].after.localTime"));
        assertEquals(true, events.getBoolean("items[1].after.paused"));
        assertEquals(false, events.getBoolean("items[0].after.paused"));
        assertEquals(team, events.getString("items[3].after.teamId"));
    }

    @Test
    void recordsQuestionSetCreationEditArchiveAndCopy() {
        String name = AdminFixtures.unique("Versioned");
        String set = AdminFixtures.createQuestionSet(name);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(withRevision(AdminFixtures.questionSet(name + " v2",
                        List.of(AdminFixtures.scaleQuestion("q_one", "stress"))), 0))
                .when().put("/api/v1/question-sets/{id}", set).then().statusCode(200);
        String copy = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", name + " copy"))
                .when().post("/api/v1/question-sets/{id}/copies", set)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.hrAdmin()).when().post("/api/v1/question-sets/{id}/archive", set)
                .then().statusCode(200);

        JsonPath events = events("question_set", set);
        assertEquals(List.of("question_set.archived", "question_set.edited", "question_set.created"),
                events.getList("items.action"));
        assertEquals(2, events.getList("items[2].after.questions").size());
        assertEquals(1, events.getList("items[1].after.questions").size());
        assertEquals(true, events.getBoolean("items[0].after.archived"));
        JsonPath copied = events("question_set", copy);
        assertEquals(List.of("question_set.copied"), copied.getList("items.action"));
        assertEquals(set, copied.getString("items[0].after.copiedFrom.questionSetId"));
    }

    private static Map<String, Object> withRevision(Map<String, Object> body, int revision) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put("revision", revision);
        return copy;
    }

    @Test
    void recordsDigestSubscriptionsWithoutTheirWebhookUrl() {
        String leader = AdminFixtures.createPerson(AdminFixtures.uniqueEmail(), "UTC");
        AdminFixtures.createTeam(AdminFixtures.unique("Led"), List.of(leader));
        String url = "https://example.webhook.office.com/workflows/secret-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "teams", "webhookUrl", url))
                .when().put("/api/v1/digest-subscriptions/{id}", leader).then().statusCode(200);
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().delete("/api/v1/digest-subscriptions/{id}", leader).then().statusCode(204);

        JsonPath events = events("digest_subscription", leader);

        assertEquals(List.of("digest_subscription.deleted", "digest_subscription.set"), events.getList("items.action"));
        assertEquals("teams", events.getString("items[1].after.channel"));
        assertEquals(true, events.getBoolean("items[1].after.webhookConfigured"));
        assertFalse(events.prettify().contains(url), "the webhook URL is a credential");
    }

    @Test
    void recordsRosterImportsAsCountsAndTeams() {
        String actor = hrActor();
        String team = AdminFixtures.createTeam(AdminFixtures.unique("Imported"), List.of());
        String teamName = given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/teams/{id}", team)
                .then().extract().path("name");
        String email = AdminFixtures.uniqueEmail();
        given().auth().oauth2(TestTokens.token(actor, Roles.HR_ADMIN)).contentType("text/csv")
                .body("display_name,email,team,time_zone\nImka Roster," + email + "," + teamName + ",Europe/Berlin\n")
                .when().post("/api/v1/people/import").then().statusCode(200);

        JsonPath events = events("roster", null);
        int mine = events.getList("items.actor").indexOf(actor);

        assertTrue(mine >= 0, "the import was recorded");
        assertEquals("roster.imported", events.getString("items[" + mine + "].action"));
        assertEquals(1, events.getInt("items[" + mine + "].after.result.peopleCreated"));
        assertEquals(List.of(team), events.getList("items[" + mine + "].after.teamIds"));
        assertFalse(events.prettify().contains(email));
    }

    @Test
    void recordsCsvExportsWithTheirCallerAndRange() {
        String leaderEmail = AdminFixtures.uniqueEmail();
        String leader = AdminFixtures.createPerson(leaderEmail, "UTC");
        String team = AdminFixtures.createTeam(AdminFixtures.unique("Exported"), List.of(leader));
        given().auth().oauth2(TestTokens.leader(leaderEmail))
                .queryParam("from", "2026-01-01").queryParam("to", "2026-03-31")
                .when().get("/api/v1/teams/{id}/insights.csv", team).then().statusCode(200);
        String actor = hrActor();
        given().auth().oauth2(TestTokens.token(actor, Roles.HR_ADMIN))
                .when().get("/api/v1/insights/org.csv").then().statusCode(200);

        JsonPath teamEvents = events("team", team);
        assertEquals("export.team_csv", teamEvents.getString("items[0].action"));
        assertEquals(leaderEmail, teamEvents.getString("items[0].actor"));
        assertEquals("2026-01-01", teamEvents.getString("items[0].after.from"));
        assertEquals("2026-03-31", teamEvents.getString("items[0].after.to"));
        JsonPath orgEvents = events("organisation", null);
        int mine = orgEvents.getList("items.actor").indexOf(actor);
        assertEquals("export.org_csv", orgEvents.getString("items[" + mine + "].action"));
    }

    @Test
    void erasureLeavesNeitherNameNorEmailOfThePersonInTheAuditLog() {
        String email = AdminFixtures.uniqueEmail();
        String person = AdminFixtures.createPerson(email, "UTC");
        String displayName = Rows.person(UUID.fromString(person)).displayName;
        String team = AdminFixtures.createTeam(AdminFixtures.unique("Erased"), List.of(person));
        // As a leader the person acted, so their email was the actor of an event.
        given().auth().oauth2(TestTokens.leader(email))
                .when().get("/api/v1/teams/{id}/insights.csv", team).then().statusCode(200);
        assertEquals(1, Rows.count("select count(*) from audit_event where actor = ?1", email));

        given().auth().oauth2(TestTokens.hrAdmin()).when().delete("/api/v1/people/{id}", person)
                .then().statusCode(204);

        assertEquals(0, Rows.count("select count(*) from audit_event where actor ilike ?1"
                + " or before::text ilike ?2 or after::text ilike ?2", email, "%" + email + "%"));
        assertEquals(0, Rows.count("select count(*) from audit_event where actor ilike ?1"
                + " or before::text ilike ?1 or after::text ilike ?1", "%" + displayName + "%"));
        JsonPath teamEvents = events("team", team);
        assertEquals("erased-person:" + person, teamEvents.getString("items[0].actor"));
        JsonPath erasure = events("person", person);
        assertEquals(List.of("person.erased"), erasure.getList("items.action"));
        assertEquals("erased", erasure.getString("items[0].after.status"));
    }

    @Test
    void aRefusedChangeLeavesNoAuditEvent() {
        String team = AdminFixtures.createTeam(AdminFixtures.unique("Refused"), List.of());
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", AdminFixtures.unique("Stale"), "version", 42))
                .when().put("/api/v1/teams/{id}", team).then().statusCode(409);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", AdminFixtures.unique("Low"), "kThreshold", 2, "version", 0))
                .when().put("/api/v1/teams/{id}", team).then().statusCode(400);

        assertEquals(List.of("team.created"), events("team", team).getList("items.action"));
    }

    @Test
    void refusesToRecordOutsideTheTransactionOfTheChange() {
        assertThrows(TransactionalException.class,
                () -> audit.changed(AuditAction.TEAM_UPDATED, UUID.randomUUID(), null, Map.of("name", "x")));
    }

    @Test
    void filtersByTimeAndPagesNewestFirst() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(400));
        clock.setInstant(start);
        String team = AdminFixtures.createTeam(AdminFixtures.unique("Paged"), List.of());
        String person = AdminFixtures.createPerson(AdminFixtures.uniqueEmail(), "UTC");
        clock.setInstant(start.plus(Duration.ofHours(1)));
        AdminFixtures.addMember(team, person);

        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("targetType", "team").queryParam("targetId", team).queryParam("size", 1)
                .queryParam("page", 1)
                .when().get(EVENTS)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", equalTo(List.of("team.created")));
        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("targetId", team).queryParam("from", start.plus(Duration.ofMinutes(30)).toString())
                .when().get(EVENTS)
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("team.member_added")));
        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("targetId", team).queryParam("to", start.atZone(java.time.ZoneOffset.UTC).toLocalDate()
                        .minusDays(1).toString())
                .when().get(EVENTS)
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void refusesBadFiltersNamingEachField() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", "yesterday").queryParam("targetType", "answer").queryParam("targetId", "42")
                .when().get(EVENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("from", "targetType", "targetId"));
    }
}
