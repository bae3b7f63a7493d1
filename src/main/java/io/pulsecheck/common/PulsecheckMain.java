package io.pulsecheck.common;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. In production a missing database URL ends start-up with one line that names the variable to set,
 * instead of a stack trace from deep inside the persistence layer.
 */
@QuarkusMain
public class PulsecheckMain {

    public static void main(String... args) {
        if (LaunchMode.current() == LaunchMode.NORMAL && !databaseConfigured(ConfigProvider.getConfig())) {
            System.err.println("pulsecheck: QUARKUS_DATASOURCE_JDBC_URL is not set; point it at PostgreSQL "
                    + "(e.g. jdbc:postgresql://db:5432/pulsecheck, with QUARKUS_DATASOURCE_USERNAME and "
                    + "QUARKUS_DATASOURCE_PASSWORD), or set PULSECHECK_EMBEDDED_DB_ENABLED=true for a throwaway embedded database.");
            System.exit(1);
        }
        Quarkus.run(args);
    }

    private static boolean databaseConfigured(Config config) {
        return config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).filter(url -> !url.isBlank())
                .isPresent()
                || config.getOptionalValue("pulsecheck.embedded-db.enabled", Boolean.class).orElse(false);
    }
}
