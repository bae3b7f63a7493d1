package io.pulsecheck.replies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The reply code a comment's writer receives when they ask for replies: 256 random bits, URL-safe base64 without
 * padding (43 characters). Only its SHA-256 digest is stored; the code itself is shown once, in the writer's
 * confirmation, and never written anywhere by pulsecheck. Guessing one is infeasible, so the digest needs no key.
 *
 * @param token the code the writer keeps
 * @param digest SHA-256 of the code, stored with the comment
 */
public record ReplyToken(String token, byte[] digest) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A fresh code. */
    public static ReplyToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new ReplyToken(token, digestOf(token));
    }

    /** Whether the text has the shape of a reply code (after trimming what a copy and paste adds). */
    public static boolean looksValid(String token) {
        return token != null && FORMAT.matcher(token.strip()).matches();
    }

    /** SHA-256 of the code's characters. */
    public static byte[] digestOf(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.strip().getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
