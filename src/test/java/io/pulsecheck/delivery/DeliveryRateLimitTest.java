package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.slack.SlackDestinations;
import io.quarkus.test.junit.QuarkusTest;

/** A fan-out goes out at the configured rate per workspace instead of as a burst that earns 429s. */
@QuarkusTest
class DeliveryRateLimitTest extends OutboxTestBase {

    private static final Instant NOW = Instant.parse("2025-06-04T08:00:00Z");
    private static final String SLACK = "/slack/api/chat.postMessage";

    DeliveryRateLimitTest() {
        super(NOW);
    }

    @Inject
    DeliveryConfig config;

    @BeforeEach
    void slackAcceptsEverything() {
        wiremock.stubFor(post(urlEqualTo(SLACK)).willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
    }

    private int slackRequests() {
        return wiremock.countRequestsMatching(postRequestedFor(urlEqualTo(SLACK)).build()).getCount();
    }

    @Test
    void sendsAtMostTheWorkspaceRatePerSecond() {
        int perSecond = (int) config.rateLimits().slackApi();
        for (int i = 0; i < perSecond * 3; i++) {
            support.enqueue(MessageKind.PROMPT, PlatformId.SLACK, SlackDestinations.api("T-busy"),
                    "{\"channel\":\"U" + i + "\",\"text\":\"x\"}");
        }

        worker.deliverDue();
        assertEquals(perSecond, slackRequests());

        clock.advance(Duration.ofSeconds(1));
        worker.deliverDue();
        assertEquals(perSecond * 2, slackRequests());

        clock.advance(Duration.ofSeconds(1));
        worker.deliverDue();
        assertEquals(perSecond * 3, slackRequests());
    }

    @Test
    void limitsEachWorkspaceSeparately() {
        int perSecond = (int) config.rateLimits().slackApi();
        for (int i = 0; i < perSecond * 2; i++) {
            support.enqueue(MessageKind.PROMPT, PlatformId.SLACK, SlackDestinations.api("T-one"),
                    "{\"channel\":\"U" + i + "\",\"text\":\"x\"}");
            support.enqueue(MessageKind.PROMPT, PlatformId.SLACK, SlackDestinations.api("T-two"),
                    "{\"channel\":\"U" + i + "\",\"text\":\"x\"}");
        }

        worker.deliverDue();

        assertEquals(perSecond * 2, slackRequests());
    }
}
