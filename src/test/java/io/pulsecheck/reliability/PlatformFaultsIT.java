package io.pulsecheck.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Slack fails 30 % of sends (500, 429 with Retry-After, timeouts, connection resets) during a 2,000-prompt fan-out:
 * every member still gets the prompt, duplicates stay within the documented bound (at most one per attempt that timed
 * out, whose outcome the service cannot know), and dead letters appear only for recipients that fail the whole retry
 * budget, each with its reason.
 */
class PlatformFaultsIT {

    private static final int MEMBERS = 2000;
    private static final int BROKEN_MEMBERS = 5;
    private static final int FAILURE_PERCENT = 30;
    private static final int MAX_ATTEMPTS = 8;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(100);

    @Test
    void flakyPlatformLosesNoPromptAndDeadLettersOnlyAfterTheRetryBudget() throws Exception {
        FlakySlack flaky = new FlakySlack(FAILURE_PERCENT, 3, 1500);
        WireMockServer slack = new WireMockServer(options().dynamicPort().containerThreads(80).extensions(flaky));
        slack.start();
        slack.stubFor(post(urlEqualTo(FakeSlack.POST_MESSAGE)).willReturn(aResponse().withStatus(200)));
        try (RestartablePostgres postgres = RestartablePostgres.start();
                Connection db = postgres.connect();
                PackagedService service = PackagedService.builder("platform-faults", postgres.jdbcUrl())
                        // A batch waits for its slowest send (a timeout): fewer, wider batches keep the run short.
                        .env("PULSECHECK_DELIVERY_WORKER_BATCH_SIZE", "200")
                        .env("PULSECHECK_DELIVERY_WORKER_PARALLELISM", "32")
                        .env("PULSECHECK_DELIVERY_WORKER_LEASE", "5s")
                        .env("PULSECHECK_DELIVERY_REQUEST_TIMEOUT", "1s")
                        .env("PULSECHECK_DELIVERY_RETRY_MAX_ATTEMPTS", Integer.toString(MAX_ATTEMPTS))
                        .env("PULSECHECK_DELIVERY_RETRY_INITIAL_BACKOFF", "200ms")
                        .env("PULSECHECK_DELIVERY_RETRY_MAX_BACKOFF", "2s")
                        .env("PULSECHECK_SLACK_API_BASE_URL", slack.baseUrl() + "/slack/api")
                        .env("PULSECHECK_SLACK_BOT_TOKEN", "xoxb-fault-test")
                        .env("PULSECHECK_SLACK_RATE_LIMITS_API", "100000").start()) {
            long started = System.nanoTime();
            FaultFixtures.seed(db, FaultFixtures.WeeklyTeam.dueToday("slack", "U", MEMBERS), Instant.now());
            FaultFixtures.seed(db, FaultFixtures.WeeklyTeam.dueToday("slack", FlakySlack.BROKEN_PREFIX,
                    BROKEN_MEMBERS), Instant.now());
            Await.until(() -> FaultFixtures.count(db, "select count(*) from outbox_message "
                    + "where kind = 'prompt' and status <> 'pending'") == MEMBERS + BROKEN_MEMBERS, DRAIN_LIMIT,
                    "every prompt to be sent or dead");
            long tookMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            int reached = 0;
            int posted = 0;
            for (var entry : flaky.postedPerRecipient().entrySet()) {
                if (!entry.getKey().startsWith(FlakySlack.BROKEN_PREFIX)) {
                    reached++;
                    posted += entry.getValue().get();
                }
            }
            int duplicates = posted - reached;
            int timeouts = flaky.outcome("timeout");
            // A send the service gave up waiting for may still be posted: injected late answers, and requests that
            // waited too long for a connection under load. Each is one attempt recorded as a timeout.
            long timedOutAttempts = FaultFixtures.count(db,
                    "select count(*) from delivery_attempt where error = 'timeout'");
            int faults = flaky.outcome("500") + flaky.outcome("429") + timeouts + flaky.outcome("reset");
            int requests = faults + flaky.outcome("200");
            List<DeadLetter> dead = deadLetters(db);
            long deadOfLiveMembers = dead.stream().filter(letter -> !letter.brokenRecipient()).count();
            System.out.printf("RELIABILITY platform-faults: %d of %d sends failed (%d %%: 500 x%d, 429 x%d, timeout "
                    + "x%d, reset x%d) in a %d-prompt fan-out, drained in %d ms; %d of %d members got the prompt, "
                    + "lost %d, %d duplicates (bound: attempts that timed out, %d); dead letters %d (%d always-failing "
                    + "recipients, %d live members), all after %d attempts with a reason: %b%n", faults, requests,
                    Math.round(100.0 * faults / requests), flaky.outcome("500"), flaky.outcome("429"), timeouts,
                    flaky.outcome("reset"), MEMBERS, tookMillis, reached, MEMBERS, MEMBERS - reached, duplicates,
                    timedOutAttempts, dead.size(), BROKEN_MEMBERS, deadOfLiveMembers,
                    MAX_ATTEMPTS, dead.stream().allMatch(letter -> letter.afterBudgetWithReason(MAX_ATTEMPTS)));

            assertTrue(faults * 100 >= requests * 25, "the platform failed about 30 % of sends");
            assertEquals(MEMBERS, reached, "every member gets the prompt");
            assertTrue(duplicates <= timedOutAttempts, "duplicates at most one per timed-out attempt, were "
                    + duplicates + " for " + timedOutAttempts);
            assertEquals(BROKEN_MEMBERS, dead.size(), "only the always-failing recipients become dead letters");
            assertEquals(0, deadOfLiveMembers);
            for (DeadLetter letter : dead) {
                assertTrue(letter.afterBudgetWithReason(MAX_ATTEMPTS), "dead only after the budget, with a reason: "
                        + letter);
            }
            assertTrue(service.isAlive());
        } finally {
            slack.stop();
        }
    }

    private record DeadLetter(String recipient, int attempts, String reason) {
        boolean brokenRecipient() {
            return recipient.startsWith(FlakySlack.BROKEN_PREFIX);
        }

        boolean afterBudgetWithReason(int budget) {
            return attempts == budget && reason != null && reason.startsWith("gave up after " + budget + " attempts");
        }
    }

    private static List<DeadLetter> deadLetters(Connection db) throws java.sql.SQLException {
        List<DeadLetter> dead = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(
                "select payload ->> 'channel', attempts, last_error from outbox_message where status = 'dead'");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                dead.add(new DeadLetter(rows.getString(1), rows.getInt(2), rows.getString(3)));
            }
        }
        return dead;
    }
}
