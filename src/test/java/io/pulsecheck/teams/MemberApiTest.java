package io.pulsecheck.teams;

import static io.pulsecheck.testing.AdminFixtures.addMember;
import static io.pulsecheck.testing.AdminFixtures.createPerson;
import static io.pulsecheck.testing.AdminFixtures.createQuestionSet;
import static io.pulsecheck.testing.AdminFixtures.createSchedule;
import static io.pulsecheck.testing.AdminFixtures.createTeam;
import static io.pulsecheck.testing.AdminFixtures.person;
import static io.pulsecheck.testing.AdminFixtures.unique;
import static io.pulsecheck.testing.AdminFixtures.uniqueEmail;
import static io.pulsecheck.testing.AdminFixtures.weeklySchedule;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.AnsweredCycleFixtures;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class MemberApiTest {

    @Inject
    AnsweredCycleFixtures checkIns;

    private static String members(String teamId) {
        return "/api/v1/teams/" + teamId + "/members";
    }

    @Test
    void addsNewPersonAsMemberAndListsThem() {
        String teamId = createTeam(unique("Team"), List.of());
        String email = uniqueEmail();
        String personId = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("person", person("Zoe", email, "Asia/Tokyo")))
                .when().post(members(teamId))
                .then().statusCode(201).body("timeZone", equalTo("Asia/Tokyo")).extract().path("id");
        String existing = createPerson(uniqueEmail(), "Europe/Berlin");
        addMember(teamId, existing);
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(members(teamId))
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.id", hasItems(personId, existing));
        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/teams/" + teamId)
                .then().body("memberCount", equalTo(2));
    }

    @Test
    void removesMemberButKeepsThemOnRoster() {
        String teamId = createTeam(unique("Team"), List.of());
        String personId = createPerson(uniqueEmail(), "Europe/Berlin");
        addMember(teamId, personId);
        given().auth().oauth2(TestTokens.hrAdmin()).when().delete(members(teamId) + "/" + personId)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(members(teamId)).then().body("items", empty());
        given().auth().oauth2(TestTokens.hrAdmin()).when().delete(members(teamId) + "/" + personId)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/people/" + personId)
                .then().statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void addingMemberTwiceConflicts() {
        String teamId = createTeam(unique("Team"), List.of());
        String personId = createPerson(uniqueEmail(), "Europe/Berlin");
        addMember(teamId, personId);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("personId", personId))
                .when().post(members(teamId)).then().statusCode(409);
    }

    @Test
    void memberRequestNeedsExactlyOneOfPersonIdAndPerson() {
        String teamId = createTeam(unique("Team"), List.of());
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of())
                .when().post(members(teamId)).then().statusCode(400).body("errors.field", contains("personId"));
    }

    @Test
    void namesEachInvalidPersonField() {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", "");
        body.put("email", "not-an-email");
        body.put("platform", "slack");
        body.put("locale", "German");
        body.put("timeZone", "Mars/Olympus");
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("displayName", "email", "locale", "timeZone"));
        body.put("displayName", "Valid");
        body.put("email", uniqueEmail());
        body.put("locale", "de");
        body.put("timeZone", "Europe/Berlin");
        // Slack finds a person by email (docs/SLACK.md); Mattermost needs the user id.
        body.put("platform", "mattermost");
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/people")
                .then().statusCode(400).body("errors.field", contains("platformUserId"));
        body.put("platform", "carrier-pigeon");
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/people")
                .then().statusCode(400).body("errors.field", contains("platform"));
    }

    @Test
    void duplicateEmailConflicts() {
        String email = uniqueEmail();
        createPerson(email, "Europe/Berlin");
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(person("Other", email.toUpperCase(), "Europe/Berlin"))
                .when().post("/api/v1/people").then().statusCode(409);
    }

    @Test
    void stalePersonVersionConflicts() {
        String email = uniqueEmail();
        String id = createPerson(email, "Europe/Berlin");
        Map<String, Object> body = new HashMap<>(person("Renamed", email, "Europe/Paris"));
        body.put("version", 0);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/people/" + id).then().statusCode(200).body("timeZone", equalTo("Europe/Paris"));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/people/" + id).then().statusCode(409);
    }

    @Test
    void erasingPersonRemovesIdentityAndKeepsAnonymousAnswers() {
        String email = uniqueEmail();
        String personId = createPerson(email, "Europe/Berlin");
        String teamId = createTeam(unique("Team"), List.of(personId));
        addMember(teamId, personId);
        String scheduleId = createSchedule(weeklySchedule(teamId, createQuestionSet(unique("Set"))));
        UUID cycleId = checkIns.openCycle(UUID.fromString(scheduleId), LocalDate.of(2026, 3, 2));
        UUID answerId = checkIns.storeAnonymousAnswer(cycleId, 4);

        given().auth().oauth2(TestTokens.hrAdmin()).when().delete("/api/v1/people/" + personId)
                .then().statusCode(204);

        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/people/" + personId)
                .then().statusCode(200)
                .body("status", equalTo("erased"))
                .body("displayName", nullValue()).body("email", nullValue())
                .body("platformUserId", nullValue()).body("platform", nullValue());
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(members(teamId)).then().body("items", empty());
        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/teams/" + teamId)
                .then().body("leaders", empty());
        assertEquals(4, checkIns.answerValue(answerId));
        // The email is free again and the erased leader no longer reads the team.
        createPerson(email, "Europe/Berlin");
        given().auth().oauth2(TestTokens.leader(email)).when().get("/api/v1/teams/" + teamId)
                .then().statusCode(403);
    }

    @Test
    void erasingLeaderDeletesTheirDigestSubscription() {
        String personId = createPerson(uniqueEmail(), "Europe/Berlin");
        createTeam(unique("Team"), List.of(personId));
        String subscription = "/api/v1/digest-subscriptions/" + personId;
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "teams", "webhookUrl", "https://example.webhook.office.com/workflows/own"))
                .when().put(subscription).then().statusCode(200);

        given().auth().oauth2(TestTokens.hrAdmin()).when().delete("/api/v1/people/" + personId)
                .then().statusCode(204);

        // The webhook is the erased leader's own chat: identity data that must go with the rest.
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(subscription).then().statusCode(404);
    }

    @Test
    void leaderSeesTheMemberCountButNotWhoPausedOrOptedOut() {
        String email = uniqueEmail();
        String lead = createPerson(email, "Europe/Berlin");
        String teamId = createTeam(unique("Team"), List.of(lead));
        String pausing = createPerson(uniqueEmail(), "Europe/Berlin");
        String leaving = createPerson(uniqueEmail(), "Europe/Berlin");
        String staying = createPerson(uniqueEmail(), "Europe/Berlin");
        addMember(teamId, pausing);
        addMember(teamId, leaving);
        addMember(teamId, staying);
        String leaderToken = TestTokens.leader(email);
        String teamBefore = given().auth().oauth2(leaderToken).when().get("/api/v1/teams/" + teamId)
                .then().statusCode(200).body("memberCount", equalTo(3)).extract().asString();
        String listBefore = given().auth().oauth2(leaderToken).when().get("/api/v1/teams")
                .then().statusCode(200).extract().asString();

        QuarkusTransaction.requiringNew().run(() -> {
            Person paused = Person.findById(UUID.fromString(pausing));
            paused.status = Person.Status.paused;
            paused.pausedUntil = LocalDate.parse("2026-12-31");
            Person.<Person>findById(UUID.fromString(leaving)).status = Person.Status.opted_out;
        });

        // Whatever the leader can read of the team is byte for byte what it was before the two changed status.
        assertEquals(teamBefore, given().auth().oauth2(leaderToken).when().get("/api/v1/teams/" + teamId)
                .then().statusCode(200).extract().asString());
        assertEquals(listBefore, given().auth().oauth2(leaderToken).when().get("/api/v1/teams")
                .then().statusCode(200).extract().asString());
        given().auth().oauth2(leaderToken).when().get(members(teamId))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(leaderToken).when().get("/api/v1/people/" + pausing)
                .then().statusCode(403);
    }

    @Test
    void hrSeesEachMembersStatus() {
        String teamId = createTeam(unique("Team"), List.of());
        String pausing = createPerson(uniqueEmail(), "Europe/Berlin");
        String leaving = createPerson(uniqueEmail(), "Europe/Berlin");
        addMember(teamId, pausing);
        addMember(teamId, leaving);
        QuarkusTransaction.requiringNew().run(() -> {
            Person paused = Person.findById(UUID.fromString(pausing));
            paused.status = Person.Status.paused;
            paused.pausedUntil = LocalDate.parse("2026-12-31");
            Person.<Person>findById(UUID.fromString(leaving)).status = Person.Status.opted_out;
        });

        given().auth().oauth2(TestTokens.hrAdmin()).when().get(members(teamId))
                .then().statusCode(200)
                .body("items.find { it.id == '" + pausing + "' }.status", equalTo("paused"))
                .body("items.find { it.id == '" + pausing + "' }.pausedUntil", equalTo("2026-12-31"))
                .body("items.find { it.id == '" + leaving + "' }.status", equalTo("opted_out"));
    }
}
