package io.pulsecheck.common.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where dev mode keeps the locally generated JWT signing key pair (never used in production). */
@ConfigMapping(prefix = "pulsecheck.dev-keys")
public interface DevKeysConfig {

    /** Directory of the key pair (dev mode: {@code .pulsecheck/dev-keys}); unset means memory only. */
    Optional<String> dir();
}
