package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.quarkus.test.junit.QuarkusTest;

/** Prometheus shows queued, sent, failed and dead messages and send latency, never a recipient. */
@QuarkusTest
class DeliveryMetricsTest extends OutboxTestBase {

    DeliveryMetricsTest() {
        super(Instant.parse("2025-06-07T08:00:00Z"));
    }

    @Test
    void exposesDeliveryCountersAndLatency() {
        wiremock.stubFor(post(urlEqualTo("/slack/hooks/metrics-ok")).willReturn(aResponse().withStatus(200).withBody("ok")));
        wiremock.stubFor(post(urlEqualTo("/slack/hooks/metrics-busy")).willReturn(aResponse().withStatus(503)));
        wiremock.stubFor(post(urlEqualTo("/slack/hooks/metrics-gone")).willReturn(aResponse().withStatus(404).withBody("no_service")));
        for (String path : new String[] { "/slack/hooks/metrics-ok", "/slack/hooks/metrics-busy", "/slack/hooks/metrics-gone" }) {
            support.enqueue(MessageKind.DIGEST, PlatformId.SLACK,
                    Destination.webhook(Destination.SLACK_WEBHOOK, FakeChatPlatforms.url(path)),
                    "{\"text\":\"secret-content-marker\",\"channel\":\"U-metrics-marker\"}");
        }

        worker.deliverDue();

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("pulsecheck_delivery_queued_total{channel=\"slack\",kind=\"digest\"}"))
                .body(containsString("pulsecheck_delivery_sent_total{kind=\"digest\",transport=\"slack_webhook\"}"))
                .body(containsString("pulsecheck_delivery_failed_total{kind=\"digest\",transport=\"slack_webhook\"}"))
                .body(containsString("pulsecheck_delivery_dead_total{kind=\"digest\",transport=\"slack_webhook\"}"))
                .body(containsString("pulsecheck_delivery_latency_seconds_count{transport=\"slack_webhook\"}"))
                .body(containsString("pulsecheck_delivery_send_duration_seconds_count{transport=\"slack_webhook\"}"))
                .body(not(containsString("secret-content-marker")))
                .body(not(containsString("U-metrics-marker")));
    }
}
