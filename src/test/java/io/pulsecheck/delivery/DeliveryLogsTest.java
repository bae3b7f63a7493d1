package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.quarkus.test.junit.QuarkusTest;

/** Failed and dead deliveries are logged by id and error code, never with the message content or recipient. */
@QuarkusTest
class DeliveryLogsTest extends OutboxTestBase {

    private static final String CONTENT = "content-marker-never-logged";
    private static final String RECIPIENT = "U-recipient-marker";

    DeliveryLogsTest() {
        super(Instant.parse("2025-06-08T08:00:00Z"));
    }

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger("io.pulsecheck");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            Object[] parameters = record.getParameters();
            StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
            if (parameters != null) {
                for (Object parameter : parameters) {
                    line.append(' ').append(parameter);
                }
            }
            logged.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopCapturingLogs() {
        logger.removeHandler(capture);
    }

    @Test
    void logsNeitherContentNorRecipientOfFailedDeliveries() {
        // Platforms may echo the request in their error bodies; none of it may reach the log.
        wiremock.stubFor(post(urlEqualTo("/slack/hooks/logs-busy")).willReturn(aResponse().withStatus(503)
                .withBody("failed to post " + CONTENT + " to " + RECIPIENT)));
        wiremock.stubFor(post(urlEqualTo("/slack/hooks/logs-bad")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"invalid text " + CONTENT + "\"}")));
        String payload = "{\"channel\":\"" + RECIPIENT + "\",\"text\":\"" + CONTENT + "\"}";
        for (String path : new String[] { "/slack/hooks/logs-busy", "/slack/hooks/logs-bad" }) {
            support.enqueue(MessageKind.PROMPT, PlatformId.SLACK,
                    Destination.webhook(Destination.SLACK_WEBHOOK, FakeChatPlatforms.url(path)), payload);
        }

        worker.deliverDue();

        assertTrue(logged.stream().anyMatch(line -> line.contains("dead letter")), "the dead letter is logged");
        assertTrue(logged.stream().anyMatch(line -> line.contains("retrying")), "the retry is logged");
        assertFalse(logged.stream().anyMatch(line -> line.contains(CONTENT) || line.contains(RECIPIENT)), String.join("\n", logged));
    }
}
