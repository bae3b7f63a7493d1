package io.pulsecheck.bench;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a server process, polls one URL until it answers 200, and reports the time from process start to that
 * first success and the process's resident memory right after it; then kills the process.
 * <p>
 * Usage: {@code StartupProbe <url> <bearer-token|-> <log-file> <command...>}; prints {@code <millis> <rss-kib>}.
 * The clock starts just before the process is forked, inside an already running JVM, so the probe's own start-up is
 * not counted. With {@code -Dprobe.stop=graceful} the process is stopped with SIGTERM and awaited (a JDK AOT training
 * run writes its cache only on a normal exit); otherwise it is killed.
 */
public final class StartupProbe {

    /** Time from process start to the first 200, and resident memory then. */
    public record Result(long millis, long rssKib) {
    }

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: StartupProbe <url> <bearer-token|-> <log-file> <command...>");
            System.exit(2);
        }
        String token = "-".equals(args[1]) ? null : args[1];
        List<String> command = Arrays.asList(args).subList(3, args.length);
        Result result = measure(URI.create(args[0]), token, Path.of(args[2]), command, Duration.ofSeconds(180));
        System.out.println(result.millis() + " " + result.rssKib());
    }

    public static Result measure(URI url, String bearerToken, Path log, List<String> command, Duration timeout)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        HttpRequest probe = request.build();
        File logFile = log.toFile();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile)).start();
        try {
            long deadline = start + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("process exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                        return new Result(millis, rssKib(process.pid()));
                    }
                } catch (ConnectException e) {
                    // Not listening yet.
                } catch (IOException e) {
                    // Listening but not serving yet (reset or closed while starting).
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("no 200 from " + url + " within " + timeout);
        } finally {
            stop(process);
        }
    }

    /** Resident set size from /proc, in KiB; -1 where /proc is not available. */
    static long rssKib(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst().orElse(-1L);
    }

    /** Shutdown is not what is measured, and a graceful one can take the full shutdown timeout: kill outright. */
    private static void stop(Process process) throws InterruptedException {
        if ("graceful".equals(System.getProperty("probe.stop"))) {
            process.destroy();
            if (process.waitFor(120, TimeUnit.SECONDS)) {
                return;
            }
        }
        process.destroyForcibly().waitFor();
    }
}
