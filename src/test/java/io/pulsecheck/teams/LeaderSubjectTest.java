package io.pulsecheck.teams;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.pulsecheck.common.security.Roles;
import io.pulsecheck.common.security.SecurityConfig;
import io.pulsecheck.testing.AdminFixtures;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/**
 * A leader is recognised by the subject HR stored on the person. With email matching off (the production default)
 * only by it; a upn is never matched.
 */
@QuarkusTest
class LeaderSubjectTest {

    private static String leaderToken(String subject, String email) {
        return Jwt.subject(subject).claim("email", email).groups(Set.of(Roles.LEADER)).sign();
    }

    private static String personWithSubject(String email, String subject) {
        Map<String, Object> body = new java.util.HashMap<>(AdminFixtures.person(AdminFixtures.unique("Leader"), email,
                "Europe/Berlin"));
        body.put("subject", subject);
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/people")
                .then().statusCode(201).body("subject", equalTo(subject)).extract().path("id");
    }

    @Test
    void leaderIsMatchedBySubject() {
        String subject = UUID.randomUUID().toString();
        String email = AdminFixtures.uniqueEmail();
        String team = AdminFixtures.createTeam(AdminFixtures.unique("Subject team"), List.of(personWithSubject(email, subject)));
        given().auth().oauth2(leaderToken(subject, "someone.else@example.com"))
                .when().get("/api/v1/teams/{id}", team)
                .then().statusCode(200);
    }

    @Test
    void matchingEmailIsNotEnoughWhenEmailMatchingIsOff() {
        String email = AdminFixtures.uniqueEmail();
        personWithSubject(email, UUID.randomUUID().toString());
        TeamAccess access = access(Map.of("sub", UUID.randomUUID().toString(), "email", email), false);
        assertTrue(QuarkusTransaction.requiringNew().call(access::currentLeader).isEmpty());
    }

    @Test
    void subjectMatchesWhenEmailMatchingIsOff() {
        String subject = UUID.randomUUID().toString();
        String id = personWithSubject(AdminFixtures.uniqueEmail(), subject);
        TeamAccess access = access(Map.of("sub", subject, "email", "someone.else@example.com"), false);
        assertEquals(id, QuarkusTransaction.requiringNew().call(access::currentLeader).orElseThrow().id.toString());
    }

    @Test
    void upnIsNeverMatched() {
        String email = AdminFixtures.uniqueEmail();
        personWithSubject(email, UUID.randomUUID().toString());
        TeamAccess access = access(Map.of("sub", UUID.randomUUID().toString(), "upn", email), true);
        assertTrue(QuarkusTransaction.requiringNew().call(access::currentLeader).isEmpty());
    }

    @Test
    void subjectClaimIsConfigurable() {
        String objectId = UUID.randomUUID().toString();
        String id = personWithSubject(AdminFixtures.uniqueEmail(), objectId);
        TeamAccess access = access(Map.of("sub", "pairwise-" + objectId, "oid", objectId), false, "oid");
        assertEquals(id, QuarkusTransaction.requiringNew().call(access::currentLeader).orElseThrow().id.toString());
    }

    private static TeamAccess access(Map<String, Object> claims, boolean matchEmail) {
        return access(claims, matchEmail, "sub");
    }

    private static TeamAccess access(Map<String, Object> claims, boolean matchEmail, String subjectClaim) {
        TeamAccess access = new TeamAccess();
        JsonWebToken token = new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("sub");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        access.identity = QuarkusSecurityIdentity.builder().setPrincipal(token).build();
        access.config = new SecurityConfig() {
            @Override
            public String actionTokenSecret() {
                return "unused";
            }

            @Override
            public String leaderSubjectClaim() {
                return subjectClaim;
            }

            @Override
            public boolean leaderMatchEmail() {
                return matchEmail;
            }
        };
        return access;
    }

    @Test
    void refusesSubjectOfAnotherPerson() {
        String subject = UUID.randomUUID().toString();
        personWithSubject(AdminFixtures.uniqueEmail(), subject);
        Map<String, Object> body = new java.util.HashMap<>(AdminFixtures.person(AdminFixtures.unique("Twin"),
                AdminFixtures.uniqueEmail(), "Europe/Berlin"));
        body.put("subject", subject);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/people")
                .then().statusCode(409);
    }

    @Test
    void rosterImportSetsSubject() {
        String subject = UUID.randomUUID().toString();
        String email = AdminFixtures.uniqueEmail();
        String personId = AdminFixtures.createPerson(email, "Europe/Berlin");
        given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/csv").queryParam("createTeams", true)
                .body("display_name,email,team,time_zone,subject\nRoster Leader," + email + ","
                        + AdminFixtures.unique("Roster subject team") + ",Europe/Berlin," + subject + "\n")
                .when().post("/api/v1/people/import")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/people/{id}", personId)
                .then().statusCode(200).body("subject", equalTo(subject));
    }

    @Test
    void rosterImportRefusesSubjectOfAnotherPersonAndWritesNothing() {
        String subject = UUID.randomUUID().toString();
        personWithSubject(AdminFixtures.uniqueEmail(), subject);
        String email = AdminFixtures.uniqueEmail();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/csv").queryParam("createTeams", true)
                .body("display_name,email,team,time_zone,subject\nImpostor," + email + ","
                        + AdminFixtures.unique("Impostor team") + ",Europe/Berlin," + subject + "\n")
                .when().post("/api/v1/people/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("line[2].subject"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Person.findByEmail(email)).isEmpty());
    }
}
