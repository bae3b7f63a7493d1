package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.webhook.WebhookDestinations;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.testing.SqlStatementLog;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The worker claims the next batch while one is being sent, and claims more at once while no rate key holds anything
 * back; every message still goes out once and is recorded once.
 */
@QuarkusTest
class PipelinedDeliveryTest extends OutboxTestBase {

    private static final Instant NOW = Instant.parse("2025-07-07T08:00:00Z");
    private static final String GATEWAY = "/gateway/pipelined";

    @Inject
    DeliveryConfig config;

    @Inject
    @PersistenceUnitExtension
    SqlStatementLog sql;

    PipelinedDeliveryTest() {
        super(NOW);
    }

    private UUID queue(String url, int n) {
        return support.enqueue(MessageKind.PROMPT, PlatformId.WEBHOOK,
                Destination.webhook(WebhookDestinations.GENERIC, url), "{\"member\":\"m" + n + "\"}");
    }

    private static long claims(List<String> statements) {
        return statements.stream().filter(s -> s.contains("skip locked")).count();
    }

    @Test
    void sendsAndRecordsEveryMessageOnceInClaimsThatGrowWhileNothingIsHeldBack() {
        wiremock.stubFor(post(urlEqualTo(GATEWAY)).willReturn(aResponse().withStatus(200)));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ids.add(queue(FakeChatPlatforms.url(GATEWAY), i));
        }

        sql.start();
        int attempts = worker.deliverDue();
        List<String> statements = sql.stop();

        assertEquals(300, attempts);
        wiremock.verify(300, postRequestedFor(urlEqualTo(GATEWAY)));
        for (UUID id : ids) {
            assertEquals(OutboxMessage.Status.sent, support.find(id).status);
            assertEquals(1, support.attemptsRecorded(id));
        }
        assertEquals(5, claims(statements), "claims of 50, 100, 200 (150 came), an empty one while the last batch was"
                + " in flight and one more after it was recorded: " + statements);
    }

    @Test
    void claimsTheNextBatchWhileOneIsBeingSent() throws IOException {
        AtomicBoolean claimedWhileSending = new AtomicBoolean();
        AtomicBoolean first = new AtomicBoolean(true);
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (first.getAndSet(false)) {
                // The first send of the first batch waits (well within the request timeout) for a second claim.
                long giveUp = System.nanoTime() + 2_000_000_000L;
                while (claims(sql.sinceStart()) < 2 && System.nanoTime() < giveUp) {
                    sleep();
                }
                claimedWhileSending.set(claims(sql.sinceStart()) >= 2);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
        try {
            String url = "http://127.0.0.1:" + gateway.getAddress().getPort() + GATEWAY;
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < config.worker().batchSize() + 10; i++) {
                ids.add(queue(url, i));
            }

            sql.start();
            int attempts = worker.deliverDue();
            sql.stop();

            assertTrue(claimedWhileSending.get(), "the second batch was claimed before the first was recorded");
            assertEquals(ids.size(), attempts);
            for (UUID id : ids) {
                assertEquals(1, support.attemptsRecorded(id));
            }
        } finally {
            gateway.stop(0);
        }
    }

    @Test
    void claimsFallBackToTheBatchSizeWhenARateKeyHoldsMessagesBack() {
        int base = config.worker().batchSize();
        List<ClaimedMessage> full = Collections.nCopies(base, null);
        assertEquals(2 * base, worker.nextClaimSize(base, new OutboxClaims.Claim(full, false)));
        assertEquals(base, worker.nextClaimSize(base, new OutboxClaims.Claim(full, true)));
        assertEquals(base, worker.nextClaimSize(2 * base, new OutboxClaims.Claim(full, false)),
                "a claim that came back short: the outbox is drained, start small again");
        assertEquals(config.worker().unlimitedBatchSize(), worker.nextClaimSize(config.worker().unlimitedBatchSize(),
                new OutboxClaims.Claim(Collections.nCopies(config.worker().unlimitedBatchSize(), null), false)));
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
