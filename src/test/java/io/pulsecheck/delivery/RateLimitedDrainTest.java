package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.slack.SlackDestinations;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A rate-limited key keeps sending within one drain as its slots free up, instead of one burst per tick (which
 * halved a limited fan-out's rate in bench/fanout.sh).
 */
@QuarkusTest
class RateLimitedDrainTest {

    private static final String SLACK = "/slack/api/chat.postMessage";

    @Inject
    OutboxWorker worker;

    @Inject
    DeliveryTestSupport support;

    @Inject
    RateLimits rateLimits;

    @Inject
    TestClock clock;

    WireMockServer wiremock = FakeChatPlatforms.server();

    @BeforeEach
    void setUp() {
        // Real time: slots free up only as the clock moves.
        clock.reset();
        wiremock.resetAll();
        support.isolate();
        wiremock.stubFor(post(urlEqualTo(SLACK)).willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
    }

    @Test
    void drainsMoreThanOneBurstOfALimitedKeyWhileTimePasses() {
        String workspace = "T-drain-" + UUID.randomUUID();
        int burst = rateLimits.burst(SlackDestinations.API + ":" + workspace);
        for (int i = 0; i < burst + 2; i++) {
            support.enqueue(MessageKind.PROMPT, PlatformId.SLACK, SlackDestinations.api(workspace),
                    "{\"channel\":\"U" + i + "\",\"text\":\"x\"}");
        }

        worker.deliverDue();

        assertEquals(burst + 2, wiremock.countRequestsMatching(postRequestedFor(urlEqualTo(SLACK)).build()).getCount());
    }
}
