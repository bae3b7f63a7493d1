package io.pulsecheck.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Times one GET, sequentially: a few untimed warm-up calls, then {@code n} timed ones.
 * <p>
 * Usage: {@code HttpTimer <label> <url> <bearer-token> <warm-up> <n>}; prints one {@link LatencyStats#line()}.
 */
public final class HttpTimer {

    private HttpTimer() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(time(args[0], URI.create(args[1]), args[2], Integer.parseInt(args[3]),
                Integer.parseInt(args[4])).line());
    }

    public static LatencyStats time(String label, URI url, String bearerToken, int warmup, int n)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearerToken).GET().build();
        for (int i = 0; i < warmup; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        long[] latencies = new long[n];
        int ok = 0;
        long failed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long sent = System.nanoTime();
            int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            if (status == 200) {
                latencies[ok++] = System.nanoTime() - sent;
            } else {
                failed++;
            }
        }
        return LatencyStats.of(label, java.util.Arrays.copyOf(latencies, ok), failed, System.nanoTime() - start);
    }
}
