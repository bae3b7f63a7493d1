package io.pulsecheck.platform.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboxMessage;
import io.pulsecheck.delivery.OutboxWorker;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/** Chat API messages go through the outbox like Slack's: 503 retried with backoff, 429 after Retry-After. */
@QuarkusTest
class GoogleChatDeliveryTest {

    private static final Instant NOW = Instant.parse("2025-06-03T08:00:00Z");

    @Inject
    OutboxWorker worker;

    @Inject
    DeliveryTestSupport support;

    @Inject
    DeliveryConfig config;

    @Inject
    GoogleChatAppConfig app;

    @Inject
    TestClock clock;

    private String space;
    private String path;

    @BeforeEach
    void isolatedOutboxAtAFixedInstant() {
        clock.setInstant(NOW);
        support.isolate();
        FakeGoogle.stubDefaults();
        space = GoogleChatEvents.newSpace();
        path = FakeGoogle.API + "/v1/" + space + "/messages";
    }

    @AfterEach
    void realClock() {
        clock.reset();
    }

    @Test
    void sendsWithTheServiceAccountsAccessToken() {
        UUID id = queue(space);

        worker.deliverDue();

        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
        FakeGoogle.server().verify(1, postRequestedFor(urlEqualTo(path))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo("Bearer " + FakeGoogle.ACCESS_TOKEN)));
    }

    @Test
    void theTokenRequestIsAnAssertionSignedWithTheServiceAccountKey() throws Exception {
        GoogleChatCredentials fresh = new GoogleChatCredentials();
        fresh.config = app;

        assertEquals(FakeGoogle.ACCESS_TOKEN, fresh.accessToken());

        LoggedRequest request = FakeGoogle.server().findAll(postRequestedFor(urlEqualTo(FakeGoogle.TOKEN))).get(0);
        Map<String, String> form = Arrays.stream(request.getBodyAsString().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", form.get("grant_type"));
        JwtClaims assertion = new JwtConsumerBuilder()
                .setVerificationKey(FakeGoogle.SERVICE_ACCOUNT_KEY.getPublicKey())
                .setExpectedIssuer(FakeGoogle.SERVICE_ACCOUNT)
                // Google's token audience, whichever URL the assertion is posted to.
                .setExpectedAudience("https://oauth2.googleapis.com/token")
                .build().processToClaims(form.get("assertion"));
        assertEquals(GoogleChatCredentials.CHAT_BOT_SCOPE, assertion.getClaimValueAsString("scope"));
    }

    @Test
    void retriesA503WithBackoffThenSends() {
        FakeGoogle.server().stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        FakeGoogle.server().stubFor(post(urlEqualTo(path)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody("{\"name\":\"spaces/x/messages/y\"}")));
        UUID id = queue(space);

        worker.deliverDue();

        OutboxMessage waiting = support.find(id);
        assertEquals(OutboxMessage.Status.pending, waiting.status);
        assertEquals("HTTP 503", waiting.lastError);
        Duration backoff = Duration.between(NOW, waiting.nextAttemptAt);
        assertTrue(backoff.compareTo(config.retry().initialBackoff().dividedBy(2)) >= 0
                && backoff.compareTo(config.retry().initialBackoff()) <= 0, "backoff within jitter, was " + backoff);

        clock.setInstant(waiting.nextAttemptAt);
        worker.deliverDue();

        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
        assertEquals(2, requests());
    }

    @Test
    void waitsForRetryAfterOn429ForTheWholeSpace() {
        FakeGoogle.server().stubFor(post(urlEqualTo(path)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "42")
                        .withBody("{\"error\":{\"code\":429,\"status\":\"RESOURCE_EXHAUSTED\"}}"))
                .willSetStateTo("open"));
        FakeGoogle.server().stubFor(post(urlEqualTo(path)).inScenario("limited").whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        UUID id = queue(space);

        worker.deliverDue();

        OutboxMessage waiting = support.find(id);
        assertEquals(NOW.plusSeconds(42), waiting.nextAttemptAt);
        assertEquals("HTTP 429 RESOURCE_EXHAUSTED", waiting.lastError);
        clock.setInstant(NOW.plusSeconds(41));
        UUID other = queue(space);
        worker.deliverDue();
        assertEquals(1, requests(), "the space waits for Retry-After, not just the one message");

        clock.setInstant(NOW.plusSeconds(42));
        worker.deliverDue();
        clock.setInstant(NOW.plusSeconds(44));
        worker.deliverDue();
        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
        assertEquals(OutboxMessage.Status.sent, support.find(other).status);
    }

    @Test
    void aRefusalOfGoogleIsADeadLetterWithoutRetry() {
        FakeGoogle.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(403)
                .withBody("{\"error\":{\"code\":403,\"status\":\"PERMISSION_DENIED\"}}")));
        UUID id = queue(space);

        worker.deliverDue();
        clock.setInstant(NOW.plus(Duration.ofDays(1)));
        worker.deliverDue();

        OutboxMessage dead = support.find(id);
        assertEquals(OutboxMessage.Status.dead, dead.status);
        assertEquals("HTTP 403 PERMISSION_DENIED", dead.lastError);
        assertEquals(1, requests());
    }

    @Test
    void aMessageToSomeoneWithoutTheAppIsADeadLetterHrCanSee() {
        UUID id = queue(null);

        worker.deliverDue();

        OutboxMessage dead = support.find(id);
        assertEquals(OutboxMessage.Status.dead, dead.status);
        assertEquals("the person has not added the Google Chat app", dead.lastError);
    }

    private UUID queue(String spaceName) {
        return support.enqueue(MessageKind.DIGEST, PlatformId.GOOGLE_CHAT, GoogleChatDestinations.api(spaceName),
                "{\"text\":\"Weekly pulse\"}");
    }

    private int requests() {
        return FakeGoogle.server().countRequestsMatching(postRequestedFor(urlEqualTo(path)).build()).getCount();
    }
}
