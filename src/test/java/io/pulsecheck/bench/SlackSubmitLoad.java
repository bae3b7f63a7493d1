package io.pulsecheck.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load driver of the ingestion benchmark: signed Slack {@code block_actions} Submits of a 5-question pulse, each by
 * a different person, posted to {@code /webhooks/slack/interactions}. Closed loop at given concurrencies, then open
 * loop at a fixed rate (latency counted from the planned send time, so a slow server cannot hide its queueing).
 * <p>
 * Usage: {@code SlackSubmitLoad <base-url> <signing-secret> <pairs.csv> <response-url> <concurrencies> <seconds>
 * <rate> <rate-seconds>}; a response URL of {@code -} leaves it out, any other gets the user id appended, since each
 * Submit comes from its own message and Slack gives each message its own {@code response_url}; pairs.csv lines are {@code cycleId,slackUserId,q0,q1,q2,q3,q4}. Prints one
 * {@link LatencyStats#line()} per step.
 */
public final class SlackSubmitLoad {

    /** Who submits for which cycle, and the cycle's five question ids. */
    public record Pair(String cycleId, String slackUserId, List<String> questionIds) {

        static Pair parse(String csv) {
            String[] f = csv.strip().split(",");
            return new Pair(f[0], f[1], List.of(f[2], f[3], f[4], f[5], f[6]));
        }
    }

    private final URI endpoint;
    private final String secret;
    private final List<Pair> pairs;
    private final String responseUrl;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public SlackSubmitLoad(String baseUrl, String secret, List<Pair> pairs, String responseUrl) {
        this.endpoint = URI.create(baseUrl + "/webhooks/slack/interactions");
        this.secret = secret;
        this.pairs = pairs;
        this.responseUrl = responseUrl;
    }

    public static void main(String[] args) throws Exception {
        List<Pair> pairs = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).map(Pair::parse)
                .toList();
        SlackSubmitLoad load = new SlackSubmitLoad(args[0], args[1], pairs, "-".equals(args[3]) ? null : args[3]);
        Duration step = Duration.ofSeconds(Long.parseLong(args[5]));
        for (String concurrency : args[4].split(",")) {
            System.out.println(load.closedLoop(Integer.parseInt(concurrency), step).line());
        }
        int rate = Integer.parseInt(args[6]);
        if (rate > 0) {
            System.out.println(load.fixedRate(rate, Duration.ofSeconds(Long.parseLong(args[7]))).line());
        }
    }

    /** {@code concurrency} senders, each posting its next Submit as soon as the previous one was answered. */
    public LatencyStats closedLoop(int concurrency, Duration duration) throws InterruptedException {
        ConcurrentLinkedQueue<long[]> results = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread sender = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                Pair pair;
                while (System.nanoTime() < deadline && (pair = nextPair()) != null) {
                    long sent = System.nanoTime();
                    if (send(pair)) {
                        mine.add(System.nanoTime() - sent);
                    } else {
                        failed.incrementAndGet();
                    }
                }
                results.add(mine.stream().mapToLong(Long::longValue).toArray());
            });
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        long wall = System.nanoTime() - start;
        return LatencyStats.of("c" + concurrency, results.stream().flatMapToLong(java.util.Arrays::stream).toArray(),
                failed.get(), wall);
    }

    /** Submits at a fixed rate, whatever the answers' speed; latency counts from the planned send time. */
    public LatencyStats fixedRate(int perSecond, Duration duration) throws InterruptedException {
        long interval = 1_000_000_000L / perSecond;
        long total = duration.toSeconds() * perSecond;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            Pair pair = nextPair();
            if (pair == null) {
                break;
            }
            long planned = start + i * interval;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            inFlight.add(client.sendAsync(request(pair), HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> {
                        if (error == null && response.statusCode() == 200) {
                            latencies.add(System.nanoTime() - planned);
                        } else {
                            failed.incrementAndGet();
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        long wall = System.nanoTime() - start;
        return LatencyStats.of("r" + perSecond, latencies.stream().mapToLong(Long::longValue).toArray(),
                failed.get(), wall);
    }

    private Pair nextPair() {
        int index = next.getAndIncrement();
        return index < pairs.size() ? pairs.get(index) : null;
    }

    private boolean send(Pair pair) {
        try {
            return client.send(request(pair), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    HttpRequest request(Pair pair) {
        byte[] body = ("payload=" + URLEncoder.encode(payloadJson(pair), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** A Submit as docs/CHAT-INTERACTIONS.md describes it: every question answered (values valid for all types). */
    String payloadJson(Pair pair) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < pair.questionIds().size(); i++) {
            values.append(String.format("\"q:%s\":{\"answer\":{\"type\":\"radio_buttons\",\"selected_option\":{\"value\":\"%d\"}}},",
                    pair.questionIds().get(i), 1 + (i + pair.slackUserId().length()) % 5));
        }
        values.append("\"comment\":{\"comment\":{\"type\":\"plain_text_input\",\"value\":null}}");
        return "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + pair.slackUserId() + "\"},"
                + "\"team\":{\"id\":\"TBENCH\"},"
                + "\"actions\":[{\"action_id\":\"pulse_submit\",\"block_id\":\"submit\",\"value\":\"" + pair.cycleId() + "\"}],"
                + "\"state\":{\"values\":{" + values + "}}"
                + (responseUrl == null ? "" : ",\"response_url\":\"" + responseUrl + "/" + pair.slackUserId() + "\"")
                + "}";
    }

    private String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
