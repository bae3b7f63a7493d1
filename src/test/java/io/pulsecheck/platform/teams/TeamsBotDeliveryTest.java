package io.pulsecheck.platform.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboxMessage;
import io.pulsecheck.delivery.OutboxWorker;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.testing.FakeMicrosoft;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/** Bot Connector sends through the outbox: retried on 429 and 503 as for Slack, with one cached app token. */
@QuarkusTest
class TeamsBotDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Inject
    OutboxWorker worker;

    @Inject
    DeliveryTestSupport support;

    @Inject
    TestClock clock;

    @Inject
    BotConnectorToken token;

    @Inject
    DeliveryConfig config;

    @Inject
    TeamsBotAdapter adapter;

    @Inject
    TeamsBotUpdateAdapter updates;

    private String conversation;

    @BeforeEach
    void fixedClockFreshMicrosoft() {
        clock.setInstant(NOW);
        FakeMicrosoft.stub();
        support.isolate();
        token.forget();
        conversation = "a:delivery-" + UUID.randomUUID();
    }

    @AfterEach
    void realClock() {
        clock.reset();
    }

    @Test
    void honoursRetryAfterOn429ThenSends() {
        stubConnector(aResponse().withStatus(429).withHeader("Retry-After", "30"));
        UUID id = queue();

        worker.deliverDue();

        OutboxMessage waiting = support.find(id);
        assertEquals(OutboxMessage.Status.pending, waiting.status);
        assertEquals("HTTP 429", waiting.lastError);
        assertEquals(NOW.plusSeconds(30), waiting.nextAttemptAt);

        clock.setInstant(waiting.nextAttemptAt);
        worker.deliverDue();

        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
        assertEquals(2, sends());
    }

    @Test
    void retries503WithBackoffThenSends() {
        stubConnector(aResponse().withStatus(503));
        UUID id = queue();

        worker.deliverDue();

        OutboxMessage waiting = support.find(id);
        assertEquals(OutboxMessage.Status.pending, waiting.status);
        assertEquals("HTTP 503", waiting.lastError);
        Duration backoff = Duration.between(NOW, waiting.nextAttemptAt);
        Duration initial = config.retry().initialBackoff();
        assertTrue(backoff.compareTo(initial.dividedBy(2)) >= 0 && backoff.compareTo(initial) <= 0,
                "first backoff within jitter bounds, was " + backoff);

        clock.setInstant(waiting.nextAttemptAt);
        worker.deliverDue();

        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
        assertEquals(2, sends());
    }

    @Test
    void asksEntraForOneTokenForManyMessagesUntilNearItsExpiry() {
        queue();
        queue();
        queue();

        worker.deliverDue();

        assertEquals(3, sends());
        assertEquals(1, tokenRequests());
        String form = FakeMicrosoft.server().findAll(postRequestedFor(urlEqualTo(FakeMicrosoft.TOKEN_PATH))).get(0)
                .getBodyAsString();
        assertTrue(form.contains("grant_type=client_credentials"), form);
        assertTrue(form.contains("client_id=" + FakeMicrosoft.APP_ID), form);
        assertTrue(form.contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default"), form);

        clock.setInstant(NOW.plus(Duration.ofMinutes(56)));
        queue();
        worker.deliverDue();

        assertEquals(2, tokenRequests(), "a token expiring within five minutes is renewed");
    }

    @Test
    void fetchesNewTokenWhenTheConnectorRefusesTheCachedOne() {
        stubConnector(aResponse().withStatus(401));
        UUID id = queue();

        worker.deliverDue();
        OutboxMessage waiting = support.find(id);
        assertEquals(OutboxMessage.Status.pending, waiting.status);
        FakeMicrosoft.stub();
        clock.setInstant(waiting.nextAttemptAt);
        worker.deliverDue();

        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
        assertEquals(1, tokenRequests(), "the refused token was dropped and a new one fetched");
    }

    @Test
    void deadLetterForForbiddenChatAndForUnknownServiceHost() {
        stubConnector(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"BotNotInConversationRoster\"}}"));
        UUID refused = queue();
        UUID foreign = support.enqueue(MessageKind.PROMPT, PlatformId.TEAMS, new Destination(TeamsDestinations.BOT,
                "https://evil.example/v3/conversations/x/activities", FakeMicrosoft.TENANT), "{\"type\":\"message\"}");

        worker.deliverDue();

        assertEquals(OutboxMessage.Status.dead, support.find(refused).status);
        assertEquals(OutboxMessage.Status.dead, support.find(foreign).status);
        assertTrue(support.find(foreign).lastError.startsWith("destination refused"));
    }

    @Test
    void newMessagesAndCardUpdatesShareOneRateLimitPerTenant() {
        Destination message = new Destination(TeamsDestinations.BOT, "https://x/activities", "tenant-a");
        Destination update = new Destination(TeamsDestinations.BOT_UPDATE, "https://x/activities/1", "tenant-a");

        assertEquals(adapter.rateKey(message), updates.rateKey(update));
        assertEquals("teams_bot:tenant-a", adapter.rateKey(message));
        assertTrue(!adapter.rateKey(message).equals(adapter.rateKey(
                new Destination(TeamsDestinations.BOT, "https://x/activities", "tenant-b"))));
    }

    private UUID queue() {
        return support.enqueue(MessageKind.PROMPT, PlatformId.TEAMS, new Destination(TeamsDestinations.BOT,
                TeamsDestinations.activitiesUrl(FakeMicrosoft.serviceUrl(), conversation), FakeMicrosoft.TENANT),
                "{\"type\":\"message\",\"text\":\"x\"}");
    }

    private void stubConnector(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
        String path = FakeMicrosoft.CONNECTOR_PATH + "v3/conversations/.*";
        FakeMicrosoft.server().stubFor(post(urlPathMatching(path)).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(first).willSetStateTo("recovered"));
        FakeMicrosoft.server().stubFor(post(urlPathMatching(path)).inScenario("flaky")
                .whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(201).withBody("{\"id\":\"1\"}")));
    }

    private int sends() {
        return FakeMicrosoft.server().findAll(postRequestedFor(urlPathMatching(
                FakeMicrosoft.CONNECTOR_PATH + "v3/conversations/.*"))).size();
    }

    private int tokenRequests() {
        return FakeMicrosoft.server().findAll(postRequestedFor(urlEqualTo(FakeMicrosoft.TOKEN_PATH))).size();
    }
}
