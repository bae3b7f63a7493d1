package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.pulsecheck.platform.PlatformId;
import io.quarkus.test.junit.QuarkusTest;

/** Retries with backoff on 5xx and timeouts, Retry-After on 429, dead letters on 4xx and after the last attempt. */
@QuarkusTest
class DeliveryRetriesTest extends OutboxTestBase {

    private static final Instant NOW = Instant.parse("2025-06-03T08:00:00Z");
    private static final String SLACK = "/slack/api/chat.postMessage";

    DeliveryRetriesTest() {
        super(NOW);
    }

    @Inject
    DeliveryConfig config;

    private UUID queueSlackPrompt() {
        return support.enqueue(MessageKind.PROMPT, PlatformId.SLACK, Destination.slackApi("T-retry"),
                "{\"channel\":\"U1\",\"text\":\"x\"}");
    }

    private int slackRequests() {
        return wiremock.countRequestsMatching(postRequestedFor(urlEqualTo(SLACK)).build()).getCount();
    }

    @Test
    void retriesOn500WithBackoffThenSends() {
        wiremock.stubFor(post(urlEqualTo(SLACK)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        wiremock.stubFor(post(urlEqualTo(SLACK)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
        UUID id = queueSlackPrompt();

        worker.deliverDue();

        OutboxMessage waiting = support.find(id);
        assertEquals(OutboxMessage.Status.pending, waiting.status);
        assertEquals("HTTP 500", waiting.lastError);
        Duration backoff = Duration.between(NOW, waiting.nextAttemptAt);
        Duration initial = config.retry().initialBackoff();
        assertTrue(backoff.compareTo(initial.dividedBy(2)) >= 0 && backoff.compareTo(initial) <= 0,
                "first backoff within jitter bounds, was " + backoff);

        worker.deliverDue();
        assertEquals(1, slackRequests(), "nothing is sent again before the backoff has passed");

        clock.setInstant(waiting.nextAttemptAt);
        worker.deliverDue();

        OutboxMessage sent = support.find(id);
        assertEquals(OutboxMessage.Status.sent, sent.status);
        assertEquals(2, sent.attempts);
        assertEquals(2, slackRequests());
        assertEquals(2, support.attemptsRecorded(id));
    }

    @Test
    void retriesAfterTimeout() {
        wiremock.stubFor(post(urlEqualTo(SLACK)).willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")
                .withFixedDelay((int) config.requestTimeout().multipliedBy(3).toMillis())));
        UUID id = queueSlackPrompt();

        worker.deliverDue();

        OutboxMessage waiting = support.find(id);
        assertEquals(OutboxMessage.Status.pending, waiting.status);
        assertEquals("timeout", waiting.lastError);
        assertTrue(waiting.nextAttemptAt.isAfter(NOW));
    }

    @Test
    void waitsForRetryAfterOn429() {
        wiremock.stubFor(post(urlEqualTo(SLACK)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "42")).willSetStateTo("open"));
        wiremock.stubFor(post(urlEqualTo(SLACK)).inScenario("limited").whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
        UUID id = queueSlackPrompt();

        worker.deliverDue();

        OutboxMessage waiting = support.find(id);
        assertEquals(OutboxMessage.Status.pending, waiting.status);
        assertEquals(NOW.plusSeconds(42), waiting.nextAttemptAt);
        assertEquals("HTTP 429", waiting.lastError);

        clock.setInstant(NOW.plusSeconds(41));
        UUID other = queueSlackPrompt();
        worker.deliverDue();
        assertEquals(1, slackRequests(), "the whole workspace waits for Retry-After, not just the one message");

        clock.setInstant(NOW.plusSeconds(42));
        worker.deliverDue();
        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
        assertEquals(OutboxMessage.Status.sent, support.find(other).status);
    }

    @Test
    void deadLettersOn400WithoutRetrying() {
        wiremock.stubFor(post(urlEqualTo(SLACK)).willReturn(aResponse().withStatus(400).withBody("invalid_payload")));
        UUID id = queueSlackPrompt();

        worker.deliverDue();
        clock.setInstant(NOW.plus(Duration.ofDays(1)));
        worker.deliverDue();

        OutboxMessage dead = support.find(id);
        assertEquals(OutboxMessage.Status.dead, dead.status);
        assertEquals("HTTP 400 invalid_payload", dead.lastError);
        assertNull(dead.sentAt);
        assertEquals(1, slackRequests());
    }

    @Test
    void deadLettersAfterTheLastAttempt() {
        wiremock.stubFor(post(urlEqualTo(SLACK)).willReturn(aResponse().withStatus(503)));
        UUID id = queueSlackPrompt();

        for (int i = 0; i < config.retry().maxAttempts() + 2; i++) {
            worker.deliverDue();
            clock.advance(config.retry().maxBackoff());
        }

        OutboxMessage dead = support.find(id);
        assertEquals(OutboxMessage.Status.dead, dead.status);
        assertEquals("gave up after " + config.retry().maxAttempts() + " attempts: HTTP 503", dead.lastError);
        assertEquals(config.retry().maxAttempts(), slackRequests());
    }
}
