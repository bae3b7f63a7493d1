package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.webhook.WebhookDestinations;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Replies to one person arrive in the order they were queued, although the worker sends a batch in parallel: two
 * direct messages typed 1.5 s apart must not be answered the wrong way round.
 */
@QuarkusTest
class ReplyOrderTest extends OutboxTestBase {

    private static final Instant NOW = Instant.parse("2025-06-06T08:00:00Z");
    private static final String PATH = FakeChatPlatforms.GATEWAY_PATH + "/replies";

    ReplyOrderTest() {
        super(NOW);
    }

    private Destination gateway() {
        return Destination.webhook(WebhookDestinations.GENERIC, FakeChatPlatforms.url(PATH));
    }

    @Test
    void sendsOnePersonsRepliesOneAfterAnotherInQueueOrder() {
        wiremock.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
        UUID person = UUID.randomUUID();
        UUID first = support.enqueueReply(person, gateway(), "{\"text\":\"first\"}");
        clock.advance(Duration.ofMillis(1500));
        UUID second = support.enqueueReply(person, gateway(), "{\"text\":\"second\"}");
        clock.advance(Duration.ofMillis(1500));
        UUID third = support.enqueueReply(person, gateway(), "{\"text\":\"third\"}");
        clock.advance(Duration.ofSeconds(1));

        worker.deliverBatch();
        assertEquals(OutboxMessage.Status.sent, support.find(first).status);
        assertEquals(0, support.find(second).attempts, "the second reply waits while the first is in flight");
        assertEquals(0, support.find(third).attempts);

        worker.deliverBatch();
        assertEquals(OutboxMessage.Status.sent, support.find(second).status);
        assertEquals(0, support.find(third).attempts);

        worker.deliverBatch();
        assertEquals(OutboxMessage.Status.sent, support.find(third).status);
    }

    @Test
    void oneDrainSendsAPersonsRepliesInOrderWithoutWaitingForTheNextTick() {
        wiremock.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
        UUID person = UUID.randomUUID();
        UUID first = support.enqueueReply(person, gateway(), "{\"text\":\"first\"}");
        clock.advance(Duration.ofMillis(1500));
        UUID second = support.enqueueReply(person, gateway(), "{\"text\":\"second\"}");
        clock.advance(Duration.ofSeconds(1));

        worker.deliverDue();

        assertEquals(OutboxMessage.Status.sent, support.find(first).status);
        assertEquals(OutboxMessage.Status.sent, support.find(second).status,
                "the second reply goes out in the same drain, once the first is recorded");
    }

    @Test
    void sendsRepliesToDifferentPeopleInTheSameBatch() {
        wiremock.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
        UUID one = support.enqueueReply(UUID.randomUUID(), gateway(), "{\"text\":\"to one\"}");
        UUID other = support.enqueueReply(UUID.randomUUID(), gateway(), "{\"text\":\"to other\"}");
        clock.advance(Duration.ofSeconds(1));

        worker.deliverBatch();

        assertEquals(OutboxMessage.Status.sent, support.find(one).status);
        assertEquals(OutboxMessage.Status.sent, support.find(other).status);
    }

    @Test
    void holdsALaterReplyWhileTheEarlierOneIsRetried() {
        wiremock.stubFor(post(urlEqualTo(PATH)).withRequestBody(equalToJson("{\"text\":\"first\"}"))
                .willReturn(aResponse().withStatus(503)));
        wiremock.stubFor(post(urlEqualTo(PATH)).withRequestBody(equalToJson("{\"text\":\"second\"}"))
                .willReturn(aResponse().withStatus(200)));
        UUID person = UUID.randomUUID();
        UUID first = support.enqueueReply(person, gateway(), "{\"text\":\"first\"}");
        clock.advance(Duration.ofMillis(1500));
        UUID second = support.enqueueReply(person, gateway(), "{\"text\":\"second\"}");
        clock.advance(Duration.ofSeconds(1));

        worker.deliverBatch();
        assertEquals(OutboxMessage.Status.pending, support.find(first).status);
        worker.deliverBatch();
        assertEquals(0, support.find(second).attempts, "the second reply must not overtake the first");

        clock.advance(Duration.ofHours(2));

        wiremock.stubFor(post(urlEqualTo(PATH)).withRequestBody(equalToJson("{\"text\":\"first\"}"))
                .willReturn(aResponse().withStatus(200)));
        worker.deliverBatch();
        assertEquals(OutboxMessage.Status.sent, support.find(first).status);
        worker.deliverBatch();
        assertEquals(OutboxMessage.Status.sent, support.find(second).status);
    }
}
