package io.pulsecheck.common.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An RSA key pair for locally signed bearer tokens in dev mode and tests. Kept on disk in dev mode so a minted token
 * survives a restart; never used in production, where the verification key or JWKS URL comes from configuration.
 */
record DevSigningKeys(String publicKeyPem, String privateKeyPem) {

    private static final String PUBLIC_FILE = "jwt-public.pem";
    private static final String PRIVATE_FILE = "jwt-private.pem";

    static DevSigningKeys loadOrCreate(Path dir) {
        try {
            if (dir != null && Files.exists(dir.resolve(PUBLIC_FILE)) && Files.exists(dir.resolve(PRIVATE_FILE))) {
                return new DevSigningKeys(Files.readString(dir.resolve(PUBLIC_FILE)),
                        Files.readString(dir.resolve(PRIVATE_FILE)));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            DevSigningKeys keys = new DevSigningKeys(pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                    pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            if (dir != null) {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(PUBLIC_FILE), keys.publicKeyPem(), StandardCharsets.US_ASCII);
                Files.writeString(dir.resolve(PRIVATE_FILE), keys.privateKeyPem(), StandardCharsets.US_ASCII);
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the dev signing keys in " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
