package io.pulsecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Smoke run of the benchmark harness at tiny sizes against the test instance, so bench/ cannot rot: the synthetic
 * organisation SQL, the Slack Submit driver, the fan-out prompt SQL and fake chat server, the reporting timer and the
 * raw SQL baselines. Nothing here measures or asserts time.
 */
@QuarkusTest
class BenchDriversSmokeTest {

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "pulsecheck.slack.signing-secret")
    String slackSigningSecret;

    @Inject
    EntityManager em;

    @Test
    void slackSubmitDriverSealsOneSubmissionPerPair() throws Exception {
        String tag = newTag();
        runSql("synthetic-org.sql", Map.of("tag", quoted(tag), "teams", "2", "team_size", "3", "cycles", "2",
                "status", quoted("open"), "answered", "0"));
        unsubscribeLeaders(tag);
        List<SlackSubmitLoad.Pair> pairs = pairs(tag);
        assertEquals(6, pairs.size());

        SlackSubmitLoad load = new SlackSubmitLoad(baseUrl(), slackSigningSecret, pairs, null);
        LatencyStats closed = load.closedLoop(2, Duration.ofSeconds(30));

        assertEquals(6, closed.ok(), closed.line());
        assertEquals(0, closed.failed(), closed.line());
        assertEquals(6L, count("select count(*) from receipt r join bench_pair p on p.cycle_id = r.cycle_id "
                + "and p.person_id = r.person_id where p.tag = '" + tag + "' and p.week = 0"));
        // Each Submit is one pending ciphertext until a batch of k (or the close) writes its five answers out.
        assertEquals(6L, count("select count(*) from sealed_submission s "
                + "where s.cycle_id in (select cycle_id from bench_pair where tag = '" + tag + "' and week = 0)"));
    }

    @Test
    void fanOutSqlQueuesSlackPromptsAndTheFakeServerLimitsWith429() throws Exception {
        String tag = newTag();
        runSql("fanout-prompts.sql", Map.of("tag", quoted(tag), "count", "3"));
        String prefix = "bench-prompt:" + tag + ":%";
        assertEquals(3L, count("select count(*) from outbox_message where dedup_key like '" + prefix
                + "' and status = 'pending' and jsonb_array_length(payload -> 'blocks') = 6"));
        // The test instance's workers must never pick these up.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from outbox_message where dedup_key like :prefix").setParameter("prefix", prefix).executeUpdate());

        HttpClient client = HttpClient.newHttpClient();
        try (FakeChatServer unlimited = new FakeChatServer(0, 0); FakeChatServer limited = new FakeChatServer(0, 1)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, post(client, unlimited.port()));
                post(client, limited.port());
            }
            assertEquals(3, unlimited.accepted());
            assertTrue(limited.accepted() >= 1 && limited.rejected() >= 1,
                    "accepted " + limited.accepted() + ", rejected " + limited.rejected());
            String stats = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + unlimited.port()
                    + "/stats")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(stats.contains("\"accepted\":3"), stats);
        }
    }

    @Test
    void reportingTimerAndRawSqlBaselinesRunOnASyntheticOrganisation() throws Exception {
        String tag = newTag();
        // Closed cycles, released as after mixing: the reports then aggregate them (and the janitor has none to mix).
        runSql("synthetic-org.sql", Map.of("tag", quoted(tag), "teams", "2", "team_size", "5", "cycles", "3",
                "status", quoted("closed"), "answered", "1"));
        unsubscribeLeaders(tag);
        UUID team = (UUID) QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select id from team where name = :name").setParameter("name", "bench-" + tag + "-2")
                .getSingleResult());

        LatencyStats teamReport = HttpTimer.time("team", URI.create(baseUrl() + "/api/v1/teams/" + team + "/insights"),
                TestTokens.hrAdmin(), 1, 2);
        LatencyStats orgReport = HttpTimer.time("org", URI.create(baseUrl() + "/api/v1/insights/org"),
                TestTokens.hrAdmin(), 0, 1);

        assertEquals(2, teamReport.ok(), teamReport.line());
        assertEquals(1, orgReport.ok(), orgReport.line());
        assertTrue(rows("report-team.pgbench", Map.of("team", team.toString())) > 0);
        assertTrue(rows("report-org.pgbench", Map.of("days", "28")) > 0);
        assertTrue(rows("report-digest.pgbench", Map.of()) > 0);
        assertTrue(rows("report-team-stats.pgbench", Map.of("team", team.toString())) > 0);
        assertTrue(rows("report-org-stats.pgbench", Map.of("days", "28")) > 0);
        assertTrue(rows("report-digest-stats.pgbench", Map.of()) > 0);
    }

    private String baseUrl() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String newTag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String quoted(String value) {
        return "'" + value + "'";
    }

    /** Runs a bench psql script through JDBC, with its psql variables filled in and meta-commands dropped. */
    private void runSql(String file, Map<String, String> variables) throws Exception {
        String sql = substitute(Files.readString(Path.of("bench", "sql", file)), variables)
                .replaceAll("(?m)^\\\\.*$", "");
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var statement = connection.createStatement()) {
                for (String part : sql.replaceAll("(?m)^\\s*(begin|commit|analyze);\\s*$", "").split(";\\s*\\n")) {
                    if (!part.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                        statement.execute(part);
                    }
                }
            }
        }));
    }

    /** The digest tests send to every subscribed leader; the synthetic leaders must not join them. */
    private void unsubscribeLeaders(String tag) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                delete from digest_subscription where person_id in
                    (select tl.person_id from team_leader tl join team t on t.id = tl.team_id where t.name like :names)
                """).setParameter("names", "bench-" + tag + "-%").executeUpdate());
    }

    /** Runs a pgbench baseline script's statements and returns the rows of the last one. */
    private int rows(String file, Map<String, String> variables) throws Exception {
        String sql = substitute(Files.readString(Path.of("bench", "sql", file)), variables);
        String[] statements = sql.split(";\\s*\\n");
        return QuarkusTransaction.requiringNew().call(() -> {
            int last = 0;
            for (String statement : statements) {
                if (!statement.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                    last = em.createNativeQuery(statement).getResultList().size();
                }
            }
            return last;
        });
    }

    /** psql's {@code :'name'} and {@code :name}, and pgbench's {@code ':name'}. */
    private static String substitute(String sql, Map<String, String> variables) {
        String result = sql;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String value = variable.getValue();
            String bare = value.startsWith("'") ? value.substring(1, value.length() - 1) : value;
            result = result.replace(":'" + variable.getKey() + "'", value)
                    .replace("':" + variable.getKey() + "'", "'" + bare + "'")
                    .replaceAll(":" + variable.getKey() + "\\b", bare);
        }
        return result;
    }

    private List<SlackSubmitLoad.Pair> pairs(String tag) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(cycle_id as text), platform_user_id, cast(q0 as text), cast(q1 as text), cast(q2 as text), "
                        + "cast(q3 as text), cast(q4 as text) from bench_pair where tag = :tag and week = 0 order by k")
                .setParameter("tag", tag).getResultList());
        List<SlackSubmitLoad.Pair> pairs = new ArrayList<>();
        for (Object[] row : rows) {
            pairs.add(new SlackSubmitLoad.Pair((String) row[0], (String) row[1],
                    List.of((String) row[2], (String) row[3], (String) row[4], (String) row[5], (String) row[6])));
        }
        return pairs;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static int post(HttpClient client, int port) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat.postMessage"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
