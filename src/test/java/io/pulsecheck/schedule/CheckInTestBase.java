package io.pulsecheck.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.testing.TestClock;

/**
 * Set-up shared by the check-in tick tests: every platform fake accepts what it is sent, no outbox message of an
 * earlier test goes out, and the tick runs at instants the test chooses.
 */
abstract class CheckInTestBase {

    static final String SLACK = "/slack/api/chat.postMessage";
    /** Monday before the EU daylight-saving change of 2021-03-28; the US changed on 2021-03-14. */
    static final LocalDate MONDAY = LocalDate.of(2021, 3, 22);

    @Inject
    CheckInTick tick;

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    DeliveryTestSupport delivery;

    @Inject
    TestClock clock;

    final WireMockServer wiremock = FakeChatPlatforms.server();

    @BeforeEach
    void platformsAcceptEverythingAndOutboxIsIsolated() {
        wiremock.resetAll();
        delivery.isolate();
        wiremock.stubFor(post(urlEqualTo(SLACK)).willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
        wiremock.stubFor(post(urlEqualTo(FakeChatPlatforms.MATTERMOST_HOOK_PATH))
                .willReturn(aResponse().withStatus(200).withBody("ok")));
        wiremock.stubFor(post(urlEqualTo(FakeChatPlatforms.GATEWAY_PATH)).willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    void tickAt(String instant) {
        clock.setInstant(Instant.parse(instant));
        tick.runOnce();
    }

    int slackMessagesTo(String platformUserId) {
        return wiremock.countRequestsMatching(postRequestedFor(urlEqualTo(SLACK))
                .withRequestBody(matchingJsonPath("$.channel", equalTo(platformUserId))).build()).getCount();
    }
}
