package io.pulsecheck.delivery;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.testing.TestClock;

/**
 * Set-up shared by the outbox tests: each test starts at the class's fixed instant with fresh platform fakes and
 * no messages or rate-limit state left by earlier tests, and gives the real clock back afterwards.
 */
abstract class OutboxTestBase {

    @Inject
    OutboxWorker worker;

    @Inject
    DeliveryTestSupport support;

    @Inject
    TestClock clock;

    final WireMockServer wiremock = FakeChatPlatforms.server();

    private final Instant start;

    OutboxTestBase(Instant start) {
        this.start = start;
    }

    @BeforeEach
    void startAtFixedInstantWithIsolatedOutbox() {
        clock.setInstant(start);
        wiremock.resetAll();
        support.isolate();
    }

    @AfterEach
    void restoreClock() {
        clock.reset();
    }
}
