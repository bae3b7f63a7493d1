package io.pulsecheck.common.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Documents the keys read by the Docker-free embedded database before the rest of the configuration exists (see
 * {@code LocalDevServicesConfigSourceFactory}).
 */
@ConfigMapping(prefix = "pulsecheck.embedded-db")
public interface EmbeddedDbConfig {

    /**
     * Start an embedded PostgreSQL when {@code quarkus.datasource.jdbc.url} is not set. Defaults to on in dev and test,
     * off in production. Env: {@code PULSECHECK_EMBEDDED_DB_ENABLED}.
     */
    Optional<Boolean> enabled();

    /** Where the embedded database keeps its data (dev mode: {@code .pulsecheck/dev-db}); unset means throwaway. */
    Optional<String> dataDir();

    /** Port of the embedded database; unset means a free port. */
    Optional<Integer> port();
}
