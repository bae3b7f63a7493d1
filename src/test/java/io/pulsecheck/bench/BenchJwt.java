package io.pulsecheck.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * Bearer tokens for the packaged service in a benchmark run: a fresh RSA key pair whose public half the service
 * verifies with ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}), and an RS256 token signed with the private half. JDK only,
 * so it runs wherever the benchmarks run.
 * <p>
 * Usage: {@code BenchJwt <dir> <issuer> <role> <subject>}: writes {@code <dir>/public.pem}, prints the token.
 */
public final class BenchJwt {

    private BenchJwt() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: BenchJwt <dir> <issuer> <role> <subject>");
            System.exit(2);
        }
        KeyPair keys = newKeyPair();
        Files.writeString(Path.of(args[0]).resolve("public.pem"), publicPem(keys));
        System.out.println(token(keys, args[1], args[2], args[3], Instant.now()));
    }

    public static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public static String publicPem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * A token valid for two hours for the audience {@code pulsecheck-bench}, with the role in {@code groups} and the
     * subject as {@code email}.
     */
    public static String token(KeyPair keys, String issuer, String role, String subject, Instant now)
            throws GeneralSecurityException {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = String.format(
                "{\"iss\":\"%s\",\"aud\":\"pulsecheck-bench\",\"sub\":\"%s\",\"upn\":\"%s\",\"email\":\"%s\",\"groups\":[\"%s\"],\"iat\":%d,\"exp\":%d}",
                issuer, subject, subject, subject, role, now.getEpochSecond(), now.getEpochSecond() + 7200);
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64Url(rsa.sign());
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
