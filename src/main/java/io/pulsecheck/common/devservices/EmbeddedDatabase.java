package io.pulsecheck.common.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per JVM. Dev-mode live reload and test profiles restart the application, not the
 * JVM, so the running server is reused instead of started again on the same data directory.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String RUNNING_URL_PROPERTY = "pulsecheck.internal.embedded-db.url";

    private EmbeddedDatabase() {
    }

    /** Starts the server, or finds the one this JVM started already; returns its JDBC URL. */
    static synchronized String start(Path dataDir, OptionalInt port) {
        // A system property, not a static field: it survives the class-loader restarts of dev mode and test profiles.
        String running = System.getProperty(RUNNING_URL_PROPERTY);
        if (running != null) {
            return running;
        }
        EmbeddedPostgres server;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC");
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            port.ifPresent(builder::setPort);
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
        String url = server.getJdbcUrl(USER, "postgres");
        System.setProperty(RUNNING_URL_PROPERTY, url);
        LOG.infof("Embedded PostgreSQL started on port %d%s", server.getPort(),
                dataDir == null ? " (throwaway data directory)" : " (data kept in " + dataDir + ")");
        return url;
    }
}
