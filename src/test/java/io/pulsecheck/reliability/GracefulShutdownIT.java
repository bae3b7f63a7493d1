package io.pulsecheck.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * SIGTERM, as on a rolling update, in the middle of a 2,000-prompt fan-out: the batch in flight finishes and is
 * recorded before the service exits, the next instance sends the rest, and every member gets the prompt. Only a send
 * that outlasts the shutdown wait may arrive twice (at most one batch).
 */
class GracefulShutdownIT {

    private static final int MEMBERS = 2000;
    private static final int BATCH_SIZE = 50;
    private static final int TERMINATE_AFTER_REQUESTS = 600;
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(90);

    @Test
    void everyMemberGetsThePromptAfterSigtermMidFanOut() throws Exception {
        WireMockServer slack = new WireMockServer(options().dynamicPort().containerThreads(20));
        slack.start();
        // Slow enough that the fan-out is still running when the signal comes.
        slack.stubFor(post(urlEqualTo(FakeSlack.POST_MESSAGE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}").withFixedDelay(5)));
        try (RestartablePostgres postgres = RestartablePostgres.start();
                Connection db = postgres.connect()) {
            int atSignal;
            long sentAtSignal;
            Duration stopTook;
            int exitCode;
            try (PackagedService first = slackService("sigterm-1", postgres, slack)) {
                FaultFixtures.seed(db, FaultFixtures.WeeklyTeam.dueToday("slack", "U", MEMBERS), Instant.now());
                Await.until(() -> FakeSlack.requests(slack) >= TERMINATE_AFTER_REQUESTS, DRAIN_LIMIT,
                        "the fan-out to start");
                atSignal = FakeSlack.requests(slack);
                stopTook = first.terminate(STOP_LIMIT);
                exitCode = first.exitValue();
            }
            sentAtSignal = FaultFixtures.count(db,
                    "select count(*) from outbox_message where kind = 'prompt' and status = 'sent'");
            int atExit = FakeSlack.requests(slack);
            assertTrue(atExit < MEMBERS, "the signal must land in the middle of the fan-out, saw " + atExit);

            try (PackagedService second = slackService("sigterm-2", postgres, slack)) {
                Await.until(() -> FaultFixtures.count(db, "select count(*) from outbox_message "
                        + "where kind = 'prompt' and status = 'sent'") == MEMBERS, DRAIN_LIMIT,
                        "every prompt to be sent by the next instance");
            }

            Map<String, Integer> perMember = FakeSlack.requestsPerMember(slack);
            int duplicates = FakeSlack.requests(slack) - perMember.size();
            System.out.printf("RELIABILITY sigterm: SIGTERM after %d of %d prompts; stopped in %d ms (exit code %d), "
                    + "%d requests reached Slack by the exit, %d recorded as sent; after the next instance %d of %d "
                    + "members got the prompt, %d duplicates (bound: one batch of %d), lost %d%n", atSignal, MEMBERS,
                    stopTook.toMillis(), exitCode, atExit, sentAtSignal, perMember.size(), MEMBERS, duplicates,
                    BATCH_SIZE, MEMBERS - perMember.size());
            assertEquals(atExit, sentAtSignal, "every send that reached Slack before the exit is recorded as sent");
            assertEquals(MEMBERS, perMember.size(), "every member gets the prompt");
            assertTrue(duplicates <= BATCH_SIZE, "duplicates at most the in-flight batch, were " + duplicates);
            assertEquals(MEMBERS, FaultFixtures.count(db, "select count(*) from outbox_message where kind = 'prompt'"),
                    "each member's prompt is queued exactly once");
        } finally {
            slack.stop();
        }
    }

    private static PackagedService slackService(String name, RestartablePostgres postgres, WireMockServer slack)
            throws Exception {
        return PackagedService.builder(name, postgres.jdbcUrl())
                .env("PULSECHECK_DELIVERY_WORKER_BATCH_SIZE", Integer.toString(BATCH_SIZE))
                .env("PULSECHECK_DELIVERY_WORKER_LEASE", "3s")
                .env("PULSECHECK_DELIVERY_REQUEST_TIMEOUT", "2s")
                .env("PULSECHECK_SLACK_API_BASE_URL", slack.baseUrl() + "/slack/api")
                .env("PULSECHECK_SLACK_BOT_TOKEN", "xoxb-fault-test")
                .env("PULSECHECK_SLACK_RATE_LIMITS_API", "100000").start();
    }
}
