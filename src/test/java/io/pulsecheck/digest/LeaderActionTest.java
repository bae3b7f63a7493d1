package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LeaderActionTest {

    @Inject
    InsightFixtures fixtures;

    @Inject
    LeaderActions actions;

    @Test
    void leaderRecordsAnActionThatWaitsForTheNextCheckIn() {
        SeededTeam team = fixtures.team("actions", null, 5);
        String leader = fixtures.leader(team.id(), "slack", InsightFixtures.unique("U"), "en", "UTC");

        given().auth().oauth2(TestTokens.leader(leader)).contentType(ContentType.JSON)
                .body(Map.of("description", "  We cancelled the Friday status meeting  "))
                .when().post("/api/v1/teams/{id}/actions", team.id())
                .then().statusCode(201)
                .body("description", equalTo("We cancelled the Friday status meeting"))
                .body("announced", equalTo(false));

        List<LeaderAction> open = actions.toAnnounce(team.id());
        org.junit.jupiter.api.Assertions.assertEquals(1, open.size());
        UUID cycle = fixtures.cycle(team, LocalDate.parse("2026-06-01"), 5, "open");
        QuarkusTransaction.requiringNew().run(() -> actions.markAnnounced(team.id(), cycle, List.of(open.get(0).id)));

        given().auth().oauth2(TestTokens.leader(leader))
                .when().get("/api/v1/teams/{id}/actions", team.id())
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].announced", equalTo(true));
        org.junit.jupiter.api.Assertions.assertTrue(actions.toAnnounce(team.id()).isEmpty());
    }

    @Test
    void leaderCannotRecordActionsForAnotherTeam() {
        SeededTeam own = fixtures.team("own", null, 5);
        SeededTeam other = fixtures.team("other", null, 5);
        String leader = fixtures.leader(own.id(), "slack", InsightFixtures.unique("U"), "en", "UTC");

        given().auth().oauth2(TestTokens.leader(leader)).contentType(ContentType.JSON)
                .body(Map.of("description", "Not my team"))
                .when().post("/api/v1/teams/{id}/actions", other.id())
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/teams/{id}/actions", other.id())
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void refusesBlankActionNamingTheField() {
        SeededTeam team = fixtures.team("blank", null, 5);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("description", " "))
                .when().post("/api/v1/teams/{id}/actions", team.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("description"));
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/teams/{id}/actions", team.id())
                .then().statusCode(200).body("", hasSize(0));
    }
}
