package io.pulsecheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A chat platform stand-in for load runs: answers every POST on 127.0.0.1 at once with a Slack-style
 * {@code {"ok":true}}, optionally limited to N requests per second with bursts of up to N (a token bucket; 429 with
 * {@code Retry-After: 1} above it, as Slack does). {@code GET /stats} returns the counts, {@code GET /health} answers 200. JDK only.
 * <p>
 * Usage: {@code FakeChatServer <port> [limit-per-second]}; prints {@code listening <port>} once it accepts.
 */
public final class FakeChatServer implements AutoCloseable {

    static {
        // Without it the JDK server's separate header and body writes meet delayed ACKs: ~40 ms per keep-alive POST.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final byte[] OK = "{\"ok\":true,\"channel\":\"D0BENCH\",\"ts\":\"1700000000.000100\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] LIMITED = "{\"ok\":false,\"error\":\"ratelimited\"}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService workers;
    private final int limitPerSecond;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final Object bucket = new Object();
    private volatile long firstAcceptedNanos;
    private volatile long lastAcceptedNanos;
    private double tokens;
    private long refilledAt = System.nanoTime();

    public FakeChatServer(int port, int limitPerSecond) throws IOException {
        this.limitPerSecond = limitPerSecond;
        this.tokens = limitPerSecond;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        this.workers = Executors.newFixedThreadPool(4);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        FakeChatServer server = new FakeChatServer(port, limit);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("listening " + server.port());
        Thread.currentThread().join();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public long accepted() {
        return accepted.get();
    }

    public long rejected() {
        return rejected.get();
    }

    /** Accepted requests per second between the first and the last accepted one. */
    public double acceptedPerSecond() {
        long n = accepted.get();
        double seconds = (lastAcceptedNanos - firstAcceptedNanos) / 1e9;
        return n < 2 || seconds <= 0 ? 0 : (n - 1) / seconds;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(exchange.getRequestMethod()) && path.equals("/stats")) {
                respond(exchange, 200, String.format("{\"accepted\":%d,\"rejected\":%d,\"acceptedPerSecond\":%.1f}",
                        accepted(), rejected(), acceptedPerSecond()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if ("GET".equals(exchange.getRequestMethod()) && path.equals("/health")) {
                respond(exchange, 200, OK);
                return;
            }
            if (!withinLimit()) {
                rejected.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", "1");
                respond(exchange, 429, LIMITED);
                return;
            }
            long now = System.nanoTime();
            if (accepted.getAndIncrement() == 0) {
                firstAcceptedNanos = now;
            }
            lastAcceptedNanos = now;
            respond(exchange, 200, OK);
        }
    }

    /** Token bucket: N per second, bursts of up to one second's worth (N), as the platforms describe their limits. */
    private boolean withinLimit() {
        if (limitPerSecond <= 0) {
            return true;
        }
        synchronized (bucket) {
            long now = System.nanoTime();
            tokens = Math.min(limitPerSecond, tokens + (now - refilledAt) / 1e9 * limitPerSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
