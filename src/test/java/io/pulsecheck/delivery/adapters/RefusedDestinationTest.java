package io.pulsecheck.delivery.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.pulsecheck.delivery.DeliveryAdapters;
import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.OutboundConfig;
import io.pulsecheck.delivery.OutboundUrlPolicy;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The sender checks every URL again before the request: a stored URL whose host now resolves inside the network (DNS
 * rebinding, or a row stored before the policy) becomes a dead letter that says why, and no request goes out.
 */
@QuarkusTest
class RefusedDestinationTest {

    @Inject
    DeliveryConfig delivery;

    @Inject
    DeliveryAdapters adapters;

    private WireMockServer internal;
    private HttpTransport http;

    @BeforeEach
    void startInternalServiceAndStrictSender() {
        internal = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        internal.start();
        internal.stubFor(WireMock.post(WireMock.anyUrl()).willReturn(WireMock.ok("internal secret")));
        OutboundConfig production = new OutboundConfig() {
            @Override
            public Optional<List<String>> allowedHosts() {
                return Optional.of(List.of("localhost"));
            }

            @Override
            public boolean allowPrivateAddresses() {
                return false;
            }
        };
        http = new HttpTransport();
        http.config = delivery;
        http.policy = new OutboundUrlPolicy(production, adapters);
        http.init();
    }

    @AfterEach
    void stopInternalService() {
        internal.stop();
    }

    @Test
    void refusesAllowedHostThatResolvesToLoopbackWithoutSending() {
        String url = "http://localhost:" + internal.port() + "/hook";
        HttpTransport.RefusedDestinationException refused = assertThrows(
                HttpTransport.RefusedDestinationException.class, () -> http.postJson(url, Map.of(), "{}"));
        SendOutcome outcome = HttpOutcomes.fromFailure(refused);
        assertEquals(SendOutcome.Result.DEAD, outcome.result());
        assertEquals("destination refused: URL resolves to a private, loopback or link-local address", outcome.error());
        assertTrue(internal.getAllServeEvents().isEmpty(), "a request reached the internal service");
    }

    @Test
    void refusesHostOffTheAllowlistWithoutSending() {
        String url = "http://127.0.0.1:" + internal.port() + "/hook";
        SendOutcome outcome = HttpOutcomes.fromFailure(assertThrows(HttpTransport.RefusedDestinationException.class,
                () -> http.postJson(url, Map.of(), "{}")));
        assertEquals(SendOutcome.Result.DEAD, outcome.result());
        assertTrue(outcome.error().startsWith("destination refused: URL must point at a chat platform"),
                outcome.error());
        assertTrue(internal.getAllServeEvents().isEmpty(), "a request reached the internal service");
    }
}
