package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.platform.webhook.WebhookDestinations;
import io.quarkus.test.junit.QuarkusTest;

/** The attempts of one claimed batch are recorded together, each with its own outcome, and none is lost. */
@QuarkusTest
class BatchedAttemptsTest extends OutboxTestBase {

    private static final Instant NOW = Instant.parse("2025-06-05T08:00:00Z");
    private static final String GATEWAY = "/gateway/batched";

    @Inject
    DeliveryConfig config;

    BatchedAttemptsTest() {
        super(NOW);
    }

    /**
     * The first sends of a test JVM open its HTTP connections and load its classes; on a loaded machine that can take
     * longer than the test profile's 1 s request timeout and turn an outcome under test into a timeout.
     */
    @BeforeEach
    void warmUpTheHttpClient() {
        wiremock.stubFor(post(urlEqualTo(GATEWAY + "/warm-up")).willReturn(aResponse().withStatus(200)));
        for (int i = 0; i < 3; i++) {
            support.enqueue(MessageKind.PROMPT, PlatformId.WEBHOOK,
                    Destination.webhook(WebhookDestinations.GENERIC, FakeChatPlatforms.url(GATEWAY + "/warm-up")),
                    "{\"member\":\"warm-up\"}");
        }
        worker.deliverBatch();
        support.isolate();
    }

    @AfterEach
    void acceptAttemptsAgain() {
        support.acceptAllAttempts();
    }

    private UUID queue(String member) {
        return support.enqueue(MessageKind.PROMPT, PlatformId.WEBHOOK,
                Destination.webhook(WebhookDestinations.GENERIC, FakeChatPlatforms.url(GATEWAY)),
                "{\"member\":\"" + member + "\"}");
    }

    private void gatewayAnswers(String member, int status) {
        wiremock.stubFor(post(urlEqualTo(GATEWAY)).withRequestBody(containing(member))
                .willReturn(aResponse().withStatus(status)));
    }

    @Test
    void recordsEachMessageOfOneBatchWithItsOwnOutcome() {
        gatewayAnswers("accepted", 200);
        gatewayAnswers("unavailable", 503);
        gatewayAnswers("refused", 400);
        UUID sent = queue("accepted");
        UUID retried = queue("unavailable");
        UUID dead = queue("refused");

        assertEquals(3, worker.deliverBatch());

        assertEquals(OutboxMessage.Status.sent, support.find(sent).status);
        OutboxMessage again = support.find(retried);
        assertEquals(OutboxMessage.Status.pending, again.status);
        assertEquals("HTTP 503", again.lastError);
        assertTrue(again.nextAttemptAt.isBefore(NOW.plus(config.worker().lease())),
                "a failed send is due again after its backoff, not only when the lease ends");
        assertEquals(OutboxMessage.Status.dead, support.find(dead).status);
        for (UUID id : new UUID[] {sent, retried, dead}) {
            assertEquals(1, support.attemptsRecorded(id));
        }
    }

    @Test
    void recordsTheRestOfABatchWhenOneAttemptCannotBeRecorded() {
        gatewayAnswers("member", 200);
        UUID first = queue("member-1");
        UUID broken = queue("member-2");
        UUID third = queue("member-3");
        support.refuseAttemptsOf(broken);

        worker.deliverBatch();

        assertEquals(OutboxMessage.Status.sent, support.find(first).status);
        assertEquals(OutboxMessage.Status.sent, support.find(third).status);
        OutboxMessage unrecorded = support.find(broken);
        assertEquals(OutboxMessage.Status.pending, unrecorded.status, "left to its lease, to be sent again");
        assertEquals(0, support.attemptsRecorded(broken));
    }
}
