package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DigestSubscriptionTest {

    private static final String PATH = "/api/v1/digest-subscriptions/{id}";

    @Inject
    InsightFixtures fixtures;

    private String leaderId(String platform) {
        SeededTeam team = fixtures.team("subs", null, 5);
        String email = fixtures.leader(team.id(), platform, InsightFixtures.unique("u"), "en", "UTC");
        return fixtures.personId(email).toString();
    }

    @Test
    void hrAdminSetsAndReadsAWebhookSubscription() {
        String leader = leaderId("teams");
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "teams", "webhookUrl", "https://example.webhook.office.com/workflows/1"))
                .when().put(PATH, leader)
                .then().statusCode(200).body("channel", equalTo("teams"));
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(PATH, leader)
                .then().statusCode(200)
                .body("webhookUrl", equalTo("https://example.webhook.office.com/workflows/1"));
    }

    @Test
    void refusesWebhookChannelWithoutUrlAndStoresNothing() {
        String leader = leaderId("teams");
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "google-chat", "webhookUrl", "not a url"))
                .when().put(PATH, leader)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("webhookUrl"));
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(PATH, leader).then().statusCode(404);
    }

    @Test
    void refusesSlackForALeaderWithoutSlackIdentity() {
        String leader = leaderId("mattermost");
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "slack"))
                .when().put(PATH, leader)
                .then().statusCode(400).body("errors.field", hasItem("channel"));
    }

    @Test
    void leadersCannotChangeSubscriptions() {
        SeededTeam team = fixtures.team("subs", null, 5);
        String email = fixtures.leader(team.id(), "slack", InsightFixtures.unique("U"), "en", "UTC");
        given().auth().oauth2(TestTokens.leader(email)).contentType(ContentType.JSON)
                .body(Map.of("channel", "slack"))
                .when().put(PATH, fixtures.personId(email))
                .then().statusCode(403);
    }
}
