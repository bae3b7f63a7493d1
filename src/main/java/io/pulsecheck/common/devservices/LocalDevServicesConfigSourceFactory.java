package io.pulsecheck.common.devservices;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Docker-free dev services: in dev mode and tests (or when explicitly enabled) this starts a real PostgreSQL from
 * Maven-shipped binaries before Hibernate and Flyway read their configuration. (Dev and test JWT keys come from
 * smallrye-jwt's own in-memory key pair.)
 * <p>
 * It stays out of the way whenever {@code quarkus.datasource.jdbc.url} is configured, and in production unless
 * {@code pulsecheck.embedded-db.enabled=true}.
 */
public class LocalDevServicesConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!isApplicationRuntime()) {
            return List.of();
        }
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        Map<String, String> provided = new HashMap<>();

        boolean embedded = booleanValue(context.getValue("pulsecheck.embedded-db.enabled"), devOrTest);
        if (isBlank(context.getValue(JDBC_URL)) && !embedded && profiles.contains("prod")) {
            exitWithoutDatabase();
        }
        if (isBlank(context.getValue(JDBC_URL)) && embedded && !embeddedServerAvailable()) {
            exitWithoutEmbeddedServer();
        }
        if (isBlank(context.getValue(JDBC_URL)) && embedded) {
            Path dataDir = pathValue(context.getValue("pulsecheck.embedded-db.data-dir"));
            OptionalInt port = intValue(context.getValue("pulsecheck.embedded-db.port"));
            String jdbcUrl = EmbeddedDatabase.start(dataDir, port);
            provided.put(JDBC_URL, jdbcUrl);
            provided.put("quarkus.datasource.username", EmbeddedDatabase.USER);
            provided.put("quarkus.datasource.password", EmbeddedDatabase.USER);
        }
        if (provided.isEmpty()) {
            return List.of();
        }
        // Ordinal below environment variables (300) and system properties (400), so both still override.
        return List.of(new PropertiesConfigSource(provided, "pulsecheck-local-dev-services", 250));
    }

    /**
     * Without a database nothing works; one line naming the variable beats a stack trace from the persistence layer.
     */
    private static void exitWithoutDatabase() {
        System.err.println("pulsecheck: QUARKUS_DATASOURCE_JDBC_URL is not set; point it at PostgreSQL "
                + "(e.g. jdbc:postgresql://db:5432/pulsecheck, with QUARKUS_DATASOURCE_USERNAME and "
                + "QUARKUS_DATASOURCE_PASSWORD).");
        // halt, not exit: exit would wait on shutdown hooks that block on the configuration being initialised here.
        Runtime.getRuntime().halt(1);
    }

    /** The production package leaves the embedded PostgreSQL binaries out (pom.xml: an optional dependency). */
    private static boolean embeddedServerAvailable() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false,
                    LocalDevServicesConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void exitWithoutEmbeddedServer() {
        System.err.println("pulsecheck: PULSECHECK_EMBEDDED_DB_ENABLED=true, but this package has no embedded PostgreSQL "
                + "(it exists in dev mode and tests only); set QUARKUS_DATASOURCE_JDBC_URL instead.");
        Runtime.getRuntime().halt(1);
    }

    /**
     * The factory is also discovered while Quarkus builds the application; starting a database there would be wrong.
     */
    public static boolean isApplicationRuntime() {
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            if (frame.getClassName().equals("io.quarkus.deployment.QuarkusAugmentor")
                    || frame.getClassName().equals("io.quarkus.deployment.configuration.BuildTimeConfigurationReader")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(ConfigValue value) {
        return value == null || value.getValue() == null || value.getValue().isBlank();
    }

    private static boolean booleanValue(ConfigValue value, boolean fallback) {
        return isBlank(value) ? fallback : Boolean.parseBoolean(value.getValue().trim());
    }

    private static Path pathValue(ConfigValue value) {
        return isBlank(value) ? null : Path.of(value.getValue().trim());
    }

    private static OptionalInt intValue(ConfigValue value) {
        return isBlank(value) ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.getValue().trim()));
    }
}
