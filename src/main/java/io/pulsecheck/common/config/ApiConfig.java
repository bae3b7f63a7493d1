package io.pulsecheck.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits that apply to every API and webhook request. */
@ConfigMapping(prefix = "pulsecheck.api")
public interface ApiConfig {

    /** Largest accepted request body; larger ones get 413. Env: {@code PULSECHECK_API_MAX_BODY_SIZE}. */
    @WithDefault("2M")
    MemorySize maxBodySize();

    /**
     * Largest accepted webhook body (chat platforms send a few kilobytes); larger ones get 413 before anything reads
     * them. Env: {@code PULSECHECK_API_WEBHOOK_MAX_BODY_SIZE}.
     */
    @WithDefault("256K")
    MemorySize webhookMaxBodySize();

    /** Public base URL of this service, used in links sent to chat (web form, digest web view, charts). */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();
}
