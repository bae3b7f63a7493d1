package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.slack.SlackDestinations;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** HR sees deliveries by status and replays dead letters. */
@QuarkusTest
class DeliveriesResourceTest extends OutboxTestBase {

    private static final Instant NOW = Instant.parse("2025-06-06T08:00:00Z");

    DeliveriesResourceTest() {
        super(NOW);
    }

    /** A message to a webhook that refuses it once with 400 and accepts it afterwards. */
    private UUID deadLetter(String path) {
        wiremock.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withBody("invalid_blocks")).willSetStateTo("fixed"));
        wiremock.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("fixed")
                .willReturn(aResponse().withStatus(200).withBody("ok")));
        UUID id = support.enqueue(MessageKind.DIGEST, PlatformId.SLACK,
                Destination.webhook(SlackDestinations.WEBHOOK, FakeChatPlatforms.url(path)), "{\"text\":\"digest\"}");
        worker.deliverDue();
        return id;
    }

    @Test
    void listsDeadLettersWithTheirReasonAndNoContent() {
        UUID id = deadLetter("/slack/hooks/list-" + UUID.randomUUID());

        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("status", "dead").queryParam("size", 200)
                .when().get("/api/v1/deliveries")
                .then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("items.status", everyItem(equalTo("dead")))
                .body("items.find { it.id == '" + id + "' }.lastError", equalTo("HTTP 400 invalid_blocks"))
                .body("items.find { it.id == '" + id + "' }.transport", equalTo("slack_webhook"))
                .body("items.find { it.id == '" + id + "' }.attempts", equalTo(1))
                .body("items.find { it.id == '" + id + "' }.payload", nullValue())
                .body("items.find { it.id == '" + id + "' }.destination", nullValue());
    }

    @Test
    void retriesADeadLetterUntilItIsSent() {
        UUID id = deadLetter("/slack/hooks/retry-" + UUID.randomUUID());

        given().auth().oauth2(TestTokens.hrAdmin())
                .when().post("/api/v1/deliveries/{id}/retry", id)
                .then().statusCode(200)
                .body("status", equalTo("pending"))
                .body("attempts", equalTo(0));
        // The webhook's rate limit (one per second, paced at 97 %) still holds the slot of the first attempt.
        clock.advance(java.time.Duration.ofSeconds(2));
        worker.deliverDue();

        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/deliveries/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("sent"))
                .body("lastError", nullValue());
        assertEquals(2, support.attemptsRecorded(id));
    }

    @Test
    void refusesToRetryADeliveryThatIsNotDead() {
        wiremock.stubFor(post(urlEqualTo("/slack/hooks/fine")).willReturn(aResponse().withStatus(200).withBody("ok")));
        UUID id = support.enqueue(MessageKind.DIGEST, PlatformId.SLACK,
                Destination.webhook(SlackDestinations.WEBHOOK, FakeChatPlatforms.url("/slack/hooks/fine")), "{\"text\":\"d\"}");
        worker.deliverDue();

        given().auth().oauth2(TestTokens.hrAdmin())
                .when().post("/api/v1/deliveries/{id}/retry", id)
                .then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
    }

    @Test
    void answersNotFoundForAnUnknownDelivery() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().post("/api/v1/deliveries/{id}/retry", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsAnUnknownStatusFilterWithItsFieldName() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("status", "lost")
                .when().get("/api/v1/deliveries")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
    }

    @Test
    void leadersMayNotSeeDeliveries() {
        given().auth().oauth2(TestTokens.leader("lead-" + UUID.randomUUID() + "@example.com"))
                .when().get("/api/v1/deliveries")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void requiresAToken() {
        given().when().get("/api/v1/deliveries")
                .then().statusCode(401)
                .body("status", not(equalTo(200)));
    }
}
