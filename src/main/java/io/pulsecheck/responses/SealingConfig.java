package io.pulsecheck.responses;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Encryption of pending submissions and conversation progress, and the job that turns them into plaintext rows. */
@ConfigMapping(prefix = "pulsecheck.responses")
public interface SealingConfig {

    /**
     * The secret the sealing keys are derived from: base64 of at least 32 random bytes ({@code openssl rand -base64
     * 32}). Required; start-up fails when it is missing or weak. Never stored in the database. Env:
     * {@code PULSECHECK_RESPONSES_SEALING_KEY}.
     */
    String sealingKey();

    /**
     * The id (1 to 255) written in front of every new ciphertext; give a new secret a new id when rotating. Env:
     * {@code PULSECHECK_RESPONSES_SEALING_KEY_ID}.
     */
    @WithDefault("1")
    int sealingKeyId();

    /**
     * Earlier secrets still accepted for decryption while ciphertexts written under them remain, as
     * {@code id:base64} entries separated by commas. Env: {@code PULSECHECK_RESPONSES_PREVIOUS_SEALING_KEYS}.
     */
    Optional<List<String>> previousSealingKeys();

    /**
     * How often pending submissions are checked and, per cycle with at least k of them, written as plaintext rows;
     * {@code off} disables the job (tests call it directly). Env: {@code PULSECHECK_RESPONSES_FLUSH_EVERY}.
     */
    @WithDefault("1m")
    String flushEvery();
}
