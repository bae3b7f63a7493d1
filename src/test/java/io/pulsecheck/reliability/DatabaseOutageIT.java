package io.pulsecheck.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.pulsecheck.platform.webhook.GenericWebhookSignature;

/**
 * PostgreSQL stops for 20 seconds while a chat gateway keeps submitting check-ins: the service answers 503 with
 * {@code Retry-After} (never a 500 or a stack trace), readiness goes DOWN, the service recovers on its own when the
 * database is back, and every submission it acknowledged with 2xx is stored.
 */
class DatabaseOutageIT {

    private static final int MEMBERS = 150;
    private static final int CLIENTS = 4;
    /** Each client sends one request per this pause: about 10 requests per second in all. */
    private static final Duration PACE = Duration.ofMillis(400);
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration TEST_LIMIT = Duration.ofSeconds(100);
    private static final String GATEWAY = "/gateway";
    private static final String INBOUND_SECRET = "dev-only-generic-inbound-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger unavailableWithoutRetryAfter = new AtomicInteger();
    private final AtomicInteger unavailableNotProblemJson = new AtomicInteger();
    private final AtomicInteger leakingBodies = new AtomicInteger();
    /** When PostgreSQL was back (System.nanoTime), and when the first submission after that was acknowledged. */
    private final AtomicLong databaseBack = new AtomicLong();
    private final AtomicLong firstAcknowledgedAfterRestart = new AtomicLong();

    @Test
    void outageGivesRetryableErrorsAndLosesNoAcknowledgedSubmission() throws Exception {
        WireMockServer gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
        gateway.stubFor(post(urlEqualTo(GATEWAY)).willReturn(aResponse().withStatus(200)));
        try (RestartablePostgres postgres = RestartablePostgres.start();
                PackagedService service = PackagedService.builder("db-outage", postgres.jdbcUrl())
                        .env("PULSECHECK_WEBHOOK_URL", gateway.baseUrl() + GATEWAY).start()) {
            try (Connection db = postgres.connect()) {
                FaultFixtures.seed(db, FaultFixtures.WeeklyTeam.dueToday("webhook", "outage-", MEMBERS),
                        Instant.now());
            }
            Await.until(() -> gateway.countRequestsMatching(postRequestedFor(urlEqualTo(GATEWAY)).build())
                    .getCount() >= MEMBERS, Duration.ofSeconds(60), "every member's prompt at the gateway");
            Prompt prompt = Prompt.of(gateway.findAll(postRequestedFor(urlEqualTo(GATEWAY))).get(0).getBodyAsString());

            ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < MEMBERS; i++) {
                pending.add("outage-" + i);
            }
            long deadline = System.nanoTime() + TEST_LIMIT.toNanos();
            AtomicBoolean stopLoad = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                loops.add(clients.submit(() -> {
                    submitLoop(service, prompt, pending, stopLoad, deadline);
                    return null;
                }));
            }
            try {
                Await.until(() -> acknowledged.size() >= 20, Duration.ofSeconds(30), "load to be acknowledged");
                int acknowledgedBeforeOutage = acknowledged.size();
                int requestsBeforeOutage = requests();
                long outageStarted = System.nanoTime();
                postgres.stop();
                boolean readinessDown = false;
                long readinessDownAfter = -1;
                while (System.nanoTime() - outageStarted < OUTAGE.toNanos()) {
                    if (!readinessDown && readiness(service) == 503) {
                        readinessDown = true;
                        readinessDownAfter = Duration.ofNanos(System.nanoTime() - outageStarted).toMillis();
                    }
                    Thread.sleep(250);
                }
                int acknowledgedDuringOutage = acknowledged.size() - acknowledgedBeforeOutage;
                int requestsDuringOutage = requests() - requestsBeforeOutage;
                postgres.resume();
                long restartedAt = System.nanoTime();
                databaseBack.set(restartedAt);
                Await.until(() -> readiness(service) == 200, Duration.ofSeconds(30), "readiness UP after the outage");
                long readyAfter = Duration.ofNanos(System.nanoTime() - restartedAt).toMillis();
                Await.until(() -> pending.isEmpty() && acknowledged.size() == MEMBERS,
                        Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), "every member's submission");
                stopLoad.set(true);
                for (Future<?> loop : loops) {
                    loop.get(30, TimeUnit.SECONDS);
                }

                AcknowledgedAnswers stored;
                try (Connection db = postgres.connect()) {
                    stored = AcknowledgedAnswers.of(db, prompt.cycleId());
                }
                long lost = stored.lostOf(acknowledged.size());
                long firstAck = Duration.ofNanos(firstAcknowledgedAfterRestart.get() - restartedAt).toMillis();
                System.out.printf("RELIABILITY db-outage: PostgreSQL stopped %d s under load from %d clients "
                        + "(one request each per %d ms; %d requests during the outage); responses %s; 503 without "
                        + "Retry-After %d; readiness DOWN after %d ms, UP %d ms after restart; first 2xx %d ms after "
                        + "restart; acknowledged %d (%d during the outage), stored receipts %d, submissions %d, "
                        + "lost %d; same service process throughout: %b%n", OUTAGE.toSeconds(), CLIENTS,
                        PACE.toMillis(), requestsDuringOutage, statusSummary(), unavailableWithoutRetryAfter.get(),
                        readinessDownAfter, readyAfter, firstAck, acknowledged.size(), acknowledgedDuringOutage,
                        stored.receipts(), stored.submissions(), lost, service.isAlive());

                assertTrue(readinessDown, "readiness goes DOWN while the database is away");
                assertTrue(count(503) > 0, "requests during the outage get 503");
                assertEquals(0, unavailableWithoutRetryAfter.get(), "every 503 says when to retry");
                assertEquals(0, unavailableNotProblemJson.get(), "every 503 is application/problem+json");
                assertEquals(0, leakingBodies.get(), "no error body carries a stack trace or class name");
                assertEquals(Set.of(200, 503), statuses.keySet(), "nothing but success or 503: " + statusSummary());
                assertTrue(service.isAlive(), "the service recovered without a restart");
                assertEquals(MEMBERS, acknowledged.size());
                assertEquals(0, lost, "every acknowledged submission is stored");
                assertEquals(MEMBERS, stored.receipts(), "one receipt per acknowledged submission");
                assertEquals(MEMBERS, stored.submissions(), "one stored submission per acknowledged submission");
            } finally {
                stopLoad.set(true);
                clients.shutdownNow();
            }
        } finally {
            gateway.stop();
        }
    }

    /** A chat gateway relaying members' answers: retries a member after a 503, as Retry-After asks. */
    private void submitLoop(PackagedService service, Prompt prompt, ConcurrentLinkedQueue<String> pending,
            AtomicBoolean stop, long deadline) throws Exception {
        while (!stop.get() && System.nanoTime() < deadline) {
            String member = pending.poll();
            if (member == null) {
                Thread.sleep(PACE.toMillis());
                continue;
            }
            HttpResponse<String> response;
            try {
                response = http.send(signedSubmission(service, prompt, member), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                pending.add(member);
                Thread.sleep(PACE.toMillis());
                continue;
            }
            int status = response.statusCode();
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status == 200) {
                String outcome = JSON.readTree(response.body()).path("status").asText();
                if ("recorded".equals(outcome) || "already_answered".equals(outcome)) {
                    acknowledged.add(member);
                    if (databaseBack.get() != 0) {
                        firstAcknowledgedAfterRestart.compareAndSet(0, System.nanoTime());
                    }
                }
            } else {
                if (status == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
                    unavailableWithoutRetryAfter.incrementAndGet();
                }
                if (status == 503 && !response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json")) {
                    unavailableNotProblemJson.incrementAndGet();
                }
                if (response.body().contains("Exception") || response.body().contains("\tat ")) {
                    leakingBodies.incrementAndGet();
                }
                pending.add(member);
            }
            Thread.sleep(PACE.toMillis());
        }
    }

    private HttpRequest signedSubmission(PackagedService service, Prompt prompt, String member) throws Exception {
        var body = JSON.createObjectNode().put("type", "checkin.submission").put("cycleId", prompt.cycleId().toString())
                .put("userId", member);
        var answers = body.putArray("answers");
        for (UUID question : prompt.questions()) {
            answers.addObject().put("questionId", question.toString()).put("value", "3");
        }
        byte[] raw = JSON.writeValueAsBytes(body);
        long timestamp = Instant.now().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(service.baseUrl() + "/webhooks/generic"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                .header(GenericWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(GenericWebhookSignature.SIGNATURE_HEADER,
                        GenericWebhookSignature.sign(INBOUND_SECRET, timestamp, raw))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
    }

    private int readiness(PackagedService service) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private int count(int status) {
        AtomicInteger counter = statuses.get(status);
        return counter == null ? 0 : counter.get();
    }

    private int requests() {
        return statuses.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private String statusSummary() {
        StringBuilder summary = new StringBuilder();
        new java.util.TreeMap<>(statuses).forEach((status, counter) -> summary.append(summary.isEmpty() ? "" : ", ")
                .append(status < 0 ? "I/O error" : "HTTP " + status).append(" x").append(counter.get()));
        return summary.toString();
    }

    /** What a gateway learns from a check-in prompt: the cycle and its questions. */
    private record Prompt(UUID cycleId, List<UUID> questions) {
        static Prompt of(String json) throws java.io.IOException {
            JsonNode prompt = JSON.readTree(json);
            List<UUID> questions = new ArrayList<>();
            prompt.path("questions").forEach(question -> questions.add(UUID.fromString(question.path("id").asText())));
            return new Prompt(UUID.fromString(prompt.path("cycleId").asText()), questions);
        }
    }
}
