package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Kills the packaged service with SIGKILL in the middle of a 2,000-member fan-out and starts it again on the same
 * database: every member still gets the prompt, and only the batches in flight at the kill may arrive twice: the one
 * being sent and the one before it, sent but not yet recorded (the worker records it while the next is sent).
 */
class OutboxCrashIT {

    private static final int MEMBERS = 2000;
    private static final int BATCH_SIZE = 50;
    private static final int KILL_AFTER_REQUESTS = 600;
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(90);
    private static final String SLACK = "/slack/api/chat.postMessage";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres postgres;
    private static WireMockServer slack;

    @BeforeAll
    static void startDependencies() throws IOException {
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100").setServerConfig("timezone", "UTC").start();
        slack = new WireMockServer(options().dynamicPort().containerThreads(20));
        slack.start();
        // Slow enough that the fan-out is still running when the test kills the service.
        slack.stubFor(post(urlEqualTo(SLACK)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}").withFixedDelay(5)));
    }

    @AfterAll
    static void stopDependencies() throws IOException {
        if (slack != null) {
            slack.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyMemberGetsThePromptAfterAKillMidFanOut() throws Exception {
        Process first = startService(1);
        Process second = null;
        try {
            seedTeamWithSchedule();
            waitUntil(() -> slackRequests() >= KILL_AFTER_REQUESTS, DRAIN_LIMIT, "fan-out to start");
            first.destroyForcibly();
            first.waitFor();
            int beforeKill = slackRequests();
            assertTrue(beforeKill < MEMBERS, "the kill must land in the middle of the fan-out, saw " + beforeKill);

            second = startService(2);
            waitUntil(() -> count("select count(*) from outbox_message where kind = 'prompt' and status = 'sent'")
                    == MEMBERS, DRAIN_LIMIT, "every prompt to be sent after the restart");

            Map<String, Integer> perMember = requestsPerMember();
            int duplicates = slackRequests() - perMember.size();
            System.out.printf("Crash test: killed after %d of %d prompts; after restart %d of %d members got the "
                    + "prompt, %d duplicates (two batches of %d in flight at most)%n", beforeKill, MEMBERS,
                    perMember.size(), MEMBERS, duplicates, BATCH_SIZE);
            assertEquals(MEMBERS, perMember.size(), "every member gets the prompt");
            assertTrue(duplicates <= 2 * BATCH_SIZE,
                    "duplicates at most the two batches in flight, were " + duplicates);
            assertEquals(MEMBERS, count("select count(*) from outbox_message where kind = 'prompt'"),
                    "each member's prompt is queued exactly once");
        } finally {
            first.destroyForcibly();
            if (second != null) {
                second.destroyForcibly();
                second.waitFor();
            }
        }
    }

    private Process startService(int number) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "the packaged application is needed; run ./mvnw verify");
        Path log = Path.of("target", "crash-it", "service-" + number + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        // The test profile supplies dev-only secrets and keys; the overrides below make it a normal running service.
        env.put("QUARKUS_PROFILE", "test");
        // Free ports, so parallel runs do not collide. Not port 0: with the management interface on, the two servers'
        // HTTP metrics then clash in the Prometheus registry and start-up never completes.
        env.put("QUARKUS_HTTP_PORT", Integer.toString(freePort()));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(freePort()));
        env.put("PULSECHECK_DELIVERY_WORKER_ENABLED", "true");
        env.put("PULSECHECK_DELIVERY_WORKER_INTERVAL", "1s");
        env.put("PULSECHECK_DELIVERY_WORKER_BATCH_SIZE", Integer.toString(BATCH_SIZE));
        env.put("PULSECHECK_DELIVERY_WORKER_UNLIMITED_BATCH_SIZE", Integer.toString(BATCH_SIZE));
        env.put("PULSECHECK_DELIVERY_WORKER_LEASE", "3s");
        env.put("PULSECHECK_DELIVERY_REQUEST_TIMEOUT", "2s");
        env.put("PULSECHECK_SLACK_API_BASE_URL", slack.baseUrl() + "/slack/api");
        env.put("PULSECHECK_SLACK_BOT_TOKEN", "xoxb-crash-test");
        env.put("PULSECHECK_SLACK_RATE_LIMITS_API", "100000");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        waitUntil(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited; see " + log);
            }
            return Files.readString(log).contains("started in");
        }, STARTUP_LIMIT, "the service to start");
        return process;
    }

    /** A team of 2,000 Slack members whose weekly check-in fell due at midnight UTC today. */
    private void seedTeamWithSchedule() throws SQLException {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID set = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            update(db, "insert into question_set (id, name, current_version, created_at) values (?, 'Crash pulse', 1, ?)",
                    set, Timestamp.from(now));
            update(db, "insert into question_set_version (id, set_id, number, name, default_locale, created_at) "
                    + "values (?, ?, 1, 'Crash pulse', 'en', ?)", version, set, Timestamp.from(now));
            for (int i = 0; i < 3; i++) {
                update(db, "insert into question (id, set_version_id, position, key, type, dimension, text) "
                        + "values (?, ?, ?, ?, 'scale_0_5', 'wellbeing', cast(? as jsonb))", UUID.randomUUID(), version,
                        i, "q" + i, "{\"en\": \"Question " + i + "\"}");
            }
            update(db, "insert into team (id, name, created_at) values (?, ?, ?)", team, "Crash " + team,
                    Timestamp.from(now));
            try (PreparedStatement person = db.prepareStatement("insert into person (id, platform, platform_user_id, "
                    + "locale, time_zone, created_at) values (?, 'slack', ?, 'en', 'UTC', ?)");
                    PreparedStatement member = db.prepareStatement(
                            "insert into team_member (team_id, person_id) values (?, ?)")) {
                for (int i = 0; i < MEMBERS; i++) {
                    UUID id = UUID.randomUUID();
                    person.setObject(1, id);
                    person.setString(2, "U" + i);
                    person.setTimestamp(3, Timestamp.from(now));
                    person.addBatch();
                    member.setObject(1, team);
                    member.setObject(2, id);
                    member.addBatch();
                }
                person.executeBatch();
                member.executeBatch();
            }
            DayOfWeek weekday = today.getDayOfWeek();
            update(db, "insert into schedule (id, team_id, question_set_id, rotation_size, cadence, weekday, local_time, "
                    + "time_zone, skip_weekends, cycle_length_days, channel, leader_prompt_enabled, starts_on, created_at) "
                    + "values (?, ?, ?, 3, 'weekly', ?, time '00:00', 'UTC', false, 2, 'slack', false, ?, ?)",
                    UUID.randomUUID(), team, set, weekday.name(), java.sql.Date.valueOf(today), Timestamp.from(now));
            db.commit();
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int slackRequests() {
        return slack.countRequestsMatching(postRequestedFor(urlEqualTo(SLACK)).build()).getCount();
    }

    private static Map<String, Integer> requestsPerMember() throws IOException {
        List<LoggedRequest> requests = slack.findAll(postRequestedFor(urlEqualTo(SLACK)));
        Map<String, Integer> perMember = new HashMap<>();
        Set<String> unexpected = new HashSet<>();
        for (LoggedRequest request : requests) {
            String channel = JSON.readTree(request.getBodyAsString()).path("channel").asText();
            if (!channel.startsWith("U")) {
                unexpected.add(channel);
            }
            perMember.merge(channel, 1, Integer::sum);
        }
        assertTrue(unexpected.isEmpty(), "only members are messaged");
        return perMember;
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    private static void waitUntil(Condition condition, Duration limit, String what) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.met()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
