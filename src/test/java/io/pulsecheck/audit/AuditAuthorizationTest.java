package io.pulsecheck.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulsecheck.common.security.Roles;
import io.pulsecheck.testing.AdminFixtures;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may read the audit endpoints, and that an auditor (works council) reads nothing personal: no roster, no
 * people, no team members, no deliveries, no insights.
 */
@QuarkusTest
class AuditAuthorizationTest {

    private static final List<String> AUDIT_ENDPOINTS = List.of("/api/v1/audit/events", "/api/v1/audit/anonymity");

    private static String auditor() {
        return TestTokens.token("works-council@example.com", Roles.AUDITOR);
    }

    @Test
    void anonymousCallersGet401OnAuditEndpoints() {
        for (String path : AUDIT_ENDPOINTS) {
            given().when().get(path).then().statusCode(401);
        }
    }

    @Test
    void leadersGet403OnAuditEndpoints() {
        String leaderEmail = AdminFixtures.uniqueEmail();
        String leader = AdminFixtures.createPerson(leaderEmail, "UTC");
        AdminFixtures.createTeam(AdminFixtures.unique("Leading"), List.of(leader));
        for (String path : AUDIT_ENDPOINTS) {
            given().auth().oauth2(TestTokens.leader(leaderEmail)).when().get(path)
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void auditorsReadTheAuditLogAndTheAnonymityCheck() {
        given().auth().oauth2(auditor()).when().get("/api/v1/audit/events")
                .then().statusCode(200).body("page", equalTo(0)).body("items", notNullValue());
        given().auth().oauth2(auditor()).when().get("/api/v1/audit/anonymity")
                .then().statusCode(200).body("checks.name", org.hamcrest.Matchers.hasItem("no-shared-transaction"));
    }

    @Test
    void hrAdminsReadTheAuditLogAndTheAnonymityCheck() {
        for (String path : AUDIT_ENDPOINTS) {
            given().auth().oauth2(TestTokens.hrAdmin()).when().get(path).then().statusCode(200);
        }
    }

    @Test
    void auditorsReadTheAnonymityThresholdsButCannotChangeThem() {
        given().auth().oauth2(auditor()).when().get("/api/v1/settings/anonymity")
                .then().statusCode(200).body("kThreshold", notNullValue());
        given().auth().oauth2(auditor()).contentType("application/json")
                .body("{\"kThreshold\":3,\"commentThreshold\":3}")
                .when().put("/api/v1/settings/anonymity").then().statusCode(403);
    }

    @Test
    void auditorsAreRefusedEveryPersonalEndpoint() {
        String person = AdminFixtures.createPerson(AdminFixtures.uniqueEmail(), "UTC");
        String team = AdminFixtures.createTeam(AdminFixtures.unique("Private"), List.of(person));
        List<String> personal = List.of(
                "/api/v1/people",
                "/api/v1/people/" + person,
                "/api/v1/teams",
                "/api/v1/teams/" + team,
                "/api/v1/teams/" + team + "/members",
                "/api/v1/teams/" + team + "/insights",
                "/api/v1/teams/" + team + "/insights.csv",
                "/api/v1/teams/" + team + "/actions",
                "/api/v1/insights/org",
                "/api/v1/insights/org.csv",
                "/api/v1/deliveries",
                "/api/v1/deliveries/" + UUID.randomUUID(),
                "/api/v1/schedules",
                "/api/v1/digest-subscriptions/" + person);
        for (String path : personal) {
            given().auth().oauth2(auditor()).when().get(path)
                    .then().statusCode(403);
        }
    }

    @Test
    void auditorsCannotChangeAnything() {
        String person = AdminFixtures.createPerson(AdminFixtures.uniqueEmail(), "UTC");
        given().auth().oauth2(auditor()).contentType("application/json").body("{\"name\":\"Works council team\"}")
                .when().post("/api/v1/teams").then().statusCode(403);
        given().auth().oauth2(auditor()).when().delete("/api/v1/people/{id}", person).then().statusCode(403);
        given().auth().oauth2(auditor()).contentType("text/csv").body("display_name,team,time_zone\n")
                .when().post("/api/v1/people/import").then().statusCode(403);
    }
}
