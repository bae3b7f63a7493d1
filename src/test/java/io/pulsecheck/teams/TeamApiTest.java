package io.pulsecheck.teams;

import static io.pulsecheck.testing.AdminFixtures.createPerson;
import static io.pulsecheck.testing.AdminFixtures.createTeam;
import static io.pulsecheck.testing.AdminFixtures.unique;
import static io.pulsecheck.testing.AdminFixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TeamApiTest {

    private static final String TEAMS = "/api/v1/teams";

    private static Map<String, Object> team(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        return body;
    }

    @Test
    void createsTeamUnderDepartmentWithLeaders() {
        String department = createTeam(unique("Department"), List.of());
        String lead = createPerson(uniqueEmail(), "Europe/Berlin");
        Map<String, Object> body = team(unique("Platform"));
        body.put("parentId", department);
        body.put("leaderIds", List.of(lead));
        body.put("kThreshold", 7);
        String id = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(TEAMS)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(TEAMS + "/" + id)
                .then().statusCode(200)
                .body("parentId", equalTo(department))
                .body("leaders.id", contains(lead))
                .body("kThreshold", equalTo(7))
                .body("effectiveKThreshold", equalTo(7))
                .body("commentThreshold", nullValue())
                .body("memberCount", equalTo(0));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("parentId", department).when().get(TEAMS)
                .then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void teamWithoutOverrideInheritsOrganisationThresholds() {
        String id = createTeam(unique("Inherit"), List.of());
        int orgK = given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/settings/anonymity")
                .then().extract().path("kThreshold");
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(TEAMS + "/" + id)
                .then().body("kThreshold", nullValue()).body("effectiveKThreshold", equalTo(orgK));
    }

    @Test
    void thresholdsBelowThreeAndBlankNameAreRefused() {
        Map<String, Object> body = team(" ");
        body.put("kThreshold", 2);
        body.put("commentThreshold", 1);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(TEAMS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "kThreshold", "commentThreshold"));
    }

    @Test
    void unknownParentAndLeaderAreNamed() {
        Map<String, Object> body = team(unique("Orphan"));
        body.put("parentId", UUID.randomUUID().toString());
        body.put("leaderIds", List.of(UUID.randomUUID().toString()));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(TEAMS)
                .then().statusCode(400).body("errors.field", hasItems("parentId", "leaderIds[0]"));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 200).when().get(TEAMS)
                .then().body("items.name", not(hasItem(body.get("name"))));
    }

    @Test
    void duplicateTeamNameConflicts() {
        String name = unique("Twin");
        createTeam(name, List.of());
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(team(name.toUpperCase()))
                .when().post(TEAMS)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void staleVersionConflictsAndChangesNothing() {
        String name = unique("Versioned");
        String id = createTeam(name, List.of());
        Map<String, Object> first = team(name + " one");
        first.put("version", 0);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(first)
                .when().put(TEAMS + "/" + id).then().statusCode(200).body("version", equalTo(1));
        Map<String, Object> stale = team(name + " two");
        stale.put("version", 0);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(stale)
                .when().put(TEAMS + "/" + id).then().statusCode(409);
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(TEAMS + "/" + id)
                .then().body("name", equalTo(name + " one"));
    }

    @Test
    void teamCannotBecomeItsOwnAncestor() {
        String parent = createTeam(unique("Parent"), List.of());
        Map<String, Object> child = team(unique("Child"));
        child.put("parentId", parent);
        String childId = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(child)
                .when().post(TEAMS).then().statusCode(201).extract().path("id");
        Map<String, Object> loop = team(unique("Parent again"));
        loop.put("parentId", childId);
        loop.put("version", 0);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(loop)
                .when().put(TEAMS + "/" + parent)
                .then().statusCode(400).body("errors.field", hasItem("parentId"));
    }

    @Test
    void leaderReadsOwnTeamButNotAnother() {
        String email = uniqueEmail();
        String lead = createPerson(email, "Europe/Berlin");
        String own = createTeam(unique("Own"), List.of(lead));
        String other = createTeam(unique("Other"), List.of());
        given().auth().oauth2(TestTokens.leader(email)).when().get(TEAMS + "/" + own).then().statusCode(200);
        given().auth().oauth2(TestTokens.leader(email)).when().get(TEAMS + "/" + other)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.leader(email)).when().get(TEAMS + "/" + other + "/members")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.leader(email)).when().get(TEAMS)
                .then().statusCode(200).body("items.id", contains(own)).body("total", equalTo(1));
    }

    @Test
    void leaderCannotChangeTheirTeam() {
        String email = uniqueEmail();
        String lead = createPerson(email, "Europe/Berlin");
        String own = createTeam(unique("Mine"), List.of(lead));
        Map<String, Object> body = team(unique("Renamed"));
        body.put("version", 0);
        given().auth().oauth2(TestTokens.leader(email)).contentType(ContentType.JSON).body(body)
                .when().put(TEAMS + "/" + own).then().statusCode(403);
        given().auth().oauth2(TestTokens.leader(email)).contentType(ContentType.JSON)
                .body(Map.of("personId", lead)).when().post(TEAMS + "/" + own + "/members").then().statusCode(403);
    }

    @Test
    void unknownTeamIsNotFound() {
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(TEAMS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
