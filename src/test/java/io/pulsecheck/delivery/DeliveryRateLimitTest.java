package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.slack.SlackConfig;
import io.pulsecheck.platform.slack.SlackDestinations;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A fan-out goes out at nearly the configured rate per workspace, and with headroom: a platform that allows N per
 * second in bursts of N (a token bucket) always has at least half of its bucket left, so requests that arrive bunched
 * up are not refused.
 */
@QuarkusTest
class DeliveryRateLimitTest extends OutboxTestBase {

    private static final Instant NOW = Instant.parse("2025-06-04T08:00:00Z");
    private static final String SLACK = "/slack/api/chat.postMessage";
    private static final Duration STEP = Duration.ofMillis(50);
    private static final int SECONDS = 10;

    DeliveryRateLimitTest() {
        super(NOW);
    }

    @Inject
    SlackConfig slack;

    @Inject
    RateLimits rateLimits;

    @BeforeEach
    void slackAcceptsEverything() {
        wiremock.stubFor(post(urlEqualTo(SLACK)).willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
    }

    private int slackRequests() {
        return wiremock.countRequestsMatching(postRequestedFor(urlEqualTo(SLACK)).build()).getCount();
    }

    private void enqueue(String workspace, int count) {
        for (int i = 0; i < count; i++) {
            support.enqueue(MessageKind.PROMPT, PlatformId.SLACK, SlackDestinations.api(workspace),
                    "{\"channel\":\"U" + i + "\",\"text\":\"x\"}");
        }
    }

    @Test
    void leavesHalfOfThePlatformsBurstUnusedWhileBusy() {
        double limit = slack.rateLimits().api();
        enqueue("T-busy", (int) limit * SECONDS * 2);

        // The platform's bucket: capacity N, refilled at N per second, one token per request.
        double tokens = limit;
        double fewestTokens = limit;
        int seen = 0;
        for (int step = 0; step * STEP.toMillis() <= SECONDS * 1000L; step++) {
            worker.deliverBatch();
            int sent = slackRequests();
            tokens -= sent - seen;
            seen = sent;
            fewestTokens = Math.min(fewestTokens, tokens);
            clock.advance(STEP);
            tokens = Math.min(limit, tokens + limit * STEP.toMillis() / 1000.0);
        }

        assertTrue(fewestTokens >= limit / 2 - 1e-9,
                "the platform's bucket went down to " + fewestTokens + " of " + limit);
    }

    @Test
    void sendsAtLeast95PercentOfTheLimitWhileBusy() {
        double limit = slack.rateLimits().api();
        enqueue("T-steady", (int) limit * SECONDS * 2);

        for (int step = 0; step * STEP.toMillis() <= SECONDS * 1000L; step++) {
            worker.deliverBatch();
            clock.advance(STEP);
        }

        assertTrue(slackRequests() >= 0.95 * limit * SECONDS,
                slackRequests() + " sends in " + SECONDS + " s at a limit of " + limit + " per second");
    }

    @Test
    void limitsEachWorkspaceSeparately() {
        int burst = rateLimits.burst(SlackDestinations.API + ":T-one");
        enqueue("T-one", burst * 2);
        enqueue("T-two", burst * 2);

        worker.deliverDue();

        assertEquals(burst * 2, slackRequests());
    }
}
