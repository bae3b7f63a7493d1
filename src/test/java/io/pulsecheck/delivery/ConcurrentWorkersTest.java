package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.quarkus.test.junit.QuarkusTest;

/** Workers racing over one database never send the same outbox row twice. */
@QuarkusTest
class ConcurrentWorkersTest extends OutboxTestBase {

    private static final Instant NOW = Instant.parse("2025-06-05T08:00:00Z");
    private static final int MESSAGES = 300;
    private static final int WORKERS = 4;

    ConcurrentWorkersTest() {
        super(NOW);
    }

    @Test
    void concurrentWorkersSendEachRowExactlyOnce() throws Exception {
        String path = FakeChatPlatforms.GATEWAY_PATH + "/race";
        wiremock.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(5)));
        Destination gateway = Destination.webhook(Destination.GENERIC_WEBHOOK, FakeChatPlatforms.url(path));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            ids.add(support.enqueue(MessageKind.PROMPT, PlatformId.WEBHOOK, gateway,
                    "{\"type\":\"checkin.prompt\",\"messageId\":\"race-" + i + "\"}"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            Callable<Integer> run = () -> {
                start.await();
                return worker.deliverDue();
            };
            runs.add(pool.submit(run));
        }
        start.countDown();
        int attempts = 0;
        for (Future<Integer> run : runs) {
            attempts += run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<LoggedRequest> requests = wiremock.findAll(postRequestedFor(urlEqualTo(path)));
        Set<String> distinct = new HashSet<>();
        for (LoggedRequest request : requests) {
            distinct.add(request.getBodyAsString());
        }
        assertEquals(MESSAGES, attempts);
        assertEquals(MESSAGES, requests.size());
        assertEquals(MESSAGES, distinct.size());
        for (UUID id : ids) {
            assertEquals(OutboxMessage.Status.sent, support.find(id).status);
        }
    }
}
