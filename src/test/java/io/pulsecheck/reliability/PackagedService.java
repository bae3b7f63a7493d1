package io.pulsecheck.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/quarkus-app}) as its own operating-system process, as a replica runs in
 * production: its own JVM, a real database URL, stopped with a real signal. The test profile supplies the dev-only
 * secrets and keys; {@link #builder} settings make it a normal running service (background tick on).
 */
final class PackagedService implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedService(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static Builder builder(String name, String jdbcUrl) {
        return new Builder(name, jdbcUrl);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    /** Lines of the service's log that contain the text. */
    long logLines(String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM, as Kubernetes does on a rolling update, and waits for the exit. Returns how long it took. */
    Duration terminate(Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the service did not stop within " + limit + " after SIGTERM; see " + log);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    int exitValue() {
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    static final class Builder {

        private final String name;
        private final Map<String, String> env = new LinkedHashMap<>();

        private Builder(String name, String jdbcUrl) {
            this.name = name;
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("QUARKUS_PROFILE", "test");
            env.put("QUARKUS_HTTP_PORT", "0");
            env.put("PULSECHECK_DELIVERY_WORKER_ENABLED", "true");
            env.put("PULSECHECK_DELIVERY_WORKER_INTERVAL", "1s");
        }

        Builder env(String variable, String value) {
            env.put(variable, value);
            return this;
        }

        PackagedService start() throws Exception {
            Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new AssertionError("the packaged application is needed; run ./mvnw verify");
            }
            Path log = Path.of("target", "reliability-it", name + ".log");
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
            builder.environment().putAll(env);
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            Process process = builder.start();
            long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("the service exited at start-up; see " + log);
                }
                String output = readQuietly(log);
                Matcher listening = LISTENING.matcher(output);
                if (output.contains("started in") && listening.find()) {
                    return new PackagedService(process, log, Integer.parseInt(listening.group(1)));
                }
                Thread.sleep(50);
            }
            process.destroyForcibly().waitFor();
            throw new AssertionError("the service did not start within " + STARTUP_LIMIT + "; see " + log);
        }

        private static String readQuietly(Path log) {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "";
            }
        }
    }
}
