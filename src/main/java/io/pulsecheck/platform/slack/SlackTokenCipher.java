package io.pulsecheck.platform.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.security.Hmac;

/**
 * AES-256-GCM for the workspaces' bot tokens. A ciphertext is {@code key id (1 byte) || nonce (12 bytes) || data and
 * tag}; the workspace id is associated data, so a token copied to another workspace's row does not decrypt. Keys are
 * derived with HKDF-SHA256 from the configured secrets (as {@code responses.SealingCipher} does), so rotating means a
 * new secret with a new id while the old one stays listed until the sync has re-encrypted every token.
 */
@ApplicationScoped
public class SlackTokenCipher {

    static final int MIN_SECRET_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] SALT = "pulsecheck-slack-tokens-v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INFO = "pulsecheck slack bot token".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int currentKeyId;
    private final Map<Integer, SecretKeySpec> keys = new HashMap<>();

    @Inject
    public SlackTokenCipher(SlackAppConfig config) {
        this(config.tokenKeyId(), config.tokenKey(), config.previousTokenKeys().orElse(List.of()));
    }

    SlackTokenCipher(int currentKeyId, Optional<String> currentSecret, List<String> previous) {
        if (currentKeyId < 1 || currentKeyId > 255) {
            throw new IllegalStateException("pulsecheck.slack.app.token-key-id must be between 1 and 255");
        }
        this.currentKeyId = currentKeyId;
        currentSecret.filter(secret -> !secret.isBlank())
                .ifPresent(secret -> keys.put(currentKeyId, derive("pulsecheck.slack.app.token-key", secret)));
        for (String entry : previous) {
            int colon = entry.indexOf(':');
            int id = colon < 1 ? -1 : parseId(entry.substring(0, colon));
            if (id < 1 || id > 255 || id == currentKeyId) {
                throw new IllegalStateException("pulsecheck.slack.app.previous-token-keys: each entry must be "
                        + "<id>:<base64 secret> with an id from 1 to 255 other than the current key id");
            }
            keys.put(id, derive("pulsecheck.slack.app.previous-token-keys (id " + id + ")",
                    entry.substring(colon + 1).strip()));
        }
    }

    /** Whether tokens can be stored: the current key is configured. */
    public boolean configured() {
        return keys.containsKey(currentKeyId);
    }

    public int currentKeyId() {
        return currentKeyId;
    }

    /** Encrypts a bot token for the given installation under the current key. */
    public byte[] seal(String teamId, String token) {
        if (!configured()) {
            throw new IllegalStateException("pulsecheck.slack.app.token-key is not set");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(teamId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put((byte) currentKeyId).put(nonce)
                    .put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The token, or empty when the key it names is not configured or the ciphertext does not authenticate for this
     * installation (altered, or copied from another row).
     */
    public Optional<String> open(String teamId, byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        SecretKeySpec key = keys.get(ciphertext[0] & 0xff);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_BYTES));
            cipher.updateAAD(teamId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(ciphertext, 1 + NONCE_BYTES, ciphertext.length - 1 - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static int parseId(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static SecretKeySpec derive(String name, String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " must be base64");
        }
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException(name + " must hold at least " + MIN_SECRET_BYTES + " random bytes");
        }
        // HKDF-SHA256 (RFC 5869): extract, then one block of expand, which is the 32 bytes AES-256 needs.
        byte[] prk = Hmac.sha256(SALT, secret);
        byte[] block = ByteBuffer.allocate(INFO.length + 1).put(INFO).put((byte) 1).array();
        return new SecretKeySpec(Hmac.sha256(prk, block), "AES");
    }
}
