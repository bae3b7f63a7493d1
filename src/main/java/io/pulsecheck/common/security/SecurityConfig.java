package io.pulsecheck.common.security;

import io.smallrye.config.ConfigMapping;

/** Secrets shared across features. Set them from the environment in production. */
@ConfigMapping(prefix = "pulsecheck.security")
public interface SecurityConfig {

    /**
     * Key for tokens inside interactive chat messages (at least 32 random characters).
     * Env: {@code PULSECHECK_SECURITY_ACTION_TOKEN_SECRET}.
     */
    String actionTokenSecret();
}
