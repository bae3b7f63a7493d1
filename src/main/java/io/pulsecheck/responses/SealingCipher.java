package io.pulsecheck.responses;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/**
 * AES-256-GCM under keys derived with HKDF-SHA256 from the configured sealing secrets, one key per purpose. A
 * ciphertext is {@code key id (1 byte) || nonce (12 random bytes) || encrypted data and 16-byte tag}; the associated
 * data binds it to its purpose and owner (e.g. the cycle), so a row copied elsewhere does not decrypt. Created at
 * start-up, so a missing or weak secret stops the service before it accepts anything.
 */
@Startup
@ApplicationScoped
public class SealingCipher {

    /** What a ciphertext is for; each has its own derived key. */
    public enum Purpose {
        SUBMISSION("pulsecheck sealed submission"), CONVERSATION("pulsecheck conversation state");

        final String info;

        Purpose(String info) {
            this.info = info;
        }
    }

    static final int MIN_SECRET_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] HKDF_SALT = "pulsecheck-sealing-v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int currentKeyId;
    /** Derived keys by key id and purpose, computed once. */
    private final Map<Integer, Map<Purpose, SecretKeySpec>> keys = new HashMap<>();

    @Inject
    public SealingCipher(SealingConfig config) {
        this(config.sealingKeyId(), config.sealingKey(), config.previousSealingKeys().orElse(java.util.List.of()));
    }

    SealingCipher(int currentKeyId, String currentSecret, java.util.List<String> previous) {
        if (currentKeyId < 1 || currentKeyId > 255) {
            throw new IllegalStateException("pulsecheck.responses.sealing-key-id must be between 1 and 255");
        }
        this.currentKeyId = currentKeyId;
        keys.put(currentKeyId, derive(secretOf("pulsecheck.responses.sealing-key", currentSecret)));
        for (String entry : previous) {
            int colon = entry.indexOf(':');
            int id;
            try {
                id = colon < 0 ? -1 : Integer.parseInt(entry.substring(0, colon).strip());
            } catch (NumberFormatException e) {
                id = -1;
            }
            if (id < 1 || id > 255 || id == currentKeyId) {
                throw new IllegalStateException("pulsecheck.responses.previous-sealing-keys: each entry must be "
                        + "<id>:<base64 secret> with an id from 1 to 255 other than the current key id");
            }
            keys.put(id, derive(secretOf("pulsecheck.responses.previous-sealing-keys (id " + id + ")",
                    entry.substring(colon + 1).strip())));
        }
    }

    /** Encrypts under the current key. */
    public byte[] seal(Purpose purpose, String owner, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(currentKeyId, purpose), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(purpose, owner));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put((byte) currentKeyId).put(nonce)
                    .put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Decrypts with the key its first byte names.
     *
     * @throws SealedDataException when the key is unknown, or the data was altered, moved or sealed under another key
     */
    public byte[] open(Purpose purpose, String owner, byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
            throw new SealedDataException("ciphertext is too short");
        }
        int keyId = ciphertext[0] & 0xff;
        if (!keys.containsKey(keyId)) {
            throw new SealedDataException("no sealing key with id " + keyId + " is configured");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(keyId, purpose),
                    new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_BYTES));
            cipher.updateAAD(aad(purpose, owner));
            return cipher.doFinal(ciphertext, 1 + NONCE_BYTES, ciphertext.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SealedDataException("ciphertext does not authenticate under sealing key " + keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A ciphertext that cannot be opened with the configured keys. */
    public static class SealedDataException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SealedDataException(String message) {
            super(message);
        }
    }

    private SecretKeySpec key(int keyId, Purpose purpose) {
        return keys.get(keyId).get(purpose);
    }

    private static Map<Purpose, SecretKeySpec> derive(byte[] secret) {
        Map<Purpose, SecretKeySpec> derived = new java.util.EnumMap<>(Purpose.class);
        try {
            for (Purpose purpose : Purpose.values()) {
                derived.put(purpose,
                        new SecretKeySpec(hkdf(secret, purpose.info.getBytes(StandardCharsets.UTF_8)), "AES"));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
        return derived;
    }

    private static byte[] aad(Purpose purpose, String owner) {
        return (purpose.name() + ":" + owner).getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 5869 HKDF-SHA256 with one output block (32 bytes, an AES-256 key). */
    static byte[] hkdf(byte[] secret, byte[] info) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HKDF_SALT, "HmacSHA256"));
        byte[] pseudoRandomKey = mac.doFinal(secret);
        mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return mac.doFinal();
    }

    private static byte[] secretOf(String property, String value) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64 (generate one with: openssl rand -base64 32)");
        }
        if (secret.length < MIN_SECRET_BYTES || distinctBytes(secret) < 8) {
            throw new IllegalStateException(property + " is too weak: it must be base64 of at least "
                    + MIN_SECRET_BYTES + " random bytes (generate one with: openssl rand -base64 32)");
        }
        return secret;
    }

    private static int distinctBytes(byte[] bytes) {
        boolean[] seen = new boolean[256];
        int distinct = 0;
        for (byte b : bytes) {
            if (!seen[b & 0xff]) {
                seen[b & 0xff] = true;
                distinct++;
            }
        }
        return distinct;
    }
}
