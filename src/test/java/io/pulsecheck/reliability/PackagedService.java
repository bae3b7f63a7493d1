package io.pulsecheck.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app}) as its own operating-system process, as a replica runs in
 * production: its own JVM, a real database URL, stopped with a real signal. The test profile supplies the dev-only
 * secrets and keys; {@link #builder} settings make it a normal running service (background tick on).
 */
final class PackagedService implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;
    private final int managementPort;

    private PackagedService(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    static Builder builder(String name, String jdbcUrl) {
        return new Builder(name, jdbcUrl);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Health and metrics: the package is built with the management interface on its own port. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
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
        private final int port;
        private final int managementPort;

        private Builder(String name, String jdbcUrl) {
            this.name = name;
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("QUARKUS_PROFILE", "test");
            // Fixed free ports: port 0 with the management interface on never finishes starting (two Prometheus
            // meters of one name clash).
            port = freePort();
            managementPort = freePort();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
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
                if (readQuietly(log).contains("started in")) {
                    return new PackagedService(process, log, port, managementPort);
                }
                Thread.sleep(50);
            }
            process.destroyForcibly().waitFor();
            throw new AssertionError("the service did not start within " + STARTUP_LIMIT + "; see " + log);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
