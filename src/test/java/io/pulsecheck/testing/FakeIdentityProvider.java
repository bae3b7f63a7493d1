package io.pulsecheck.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * An OpenID Connect provider for the whole test run, played by WireMock with an RSA key this run generates:
 * discovery, JWKS, and a token endpoint that answers the next code exchange with an ID token for the identity a test
 * chose ({@link #nextSignIn}). With it the HR sign-in is switched on in every test, so the bearer-token API is always
 * tested next to the code flow.
 */
@QuarkusTestResource(value = FakeIdentityProvider.class, restrictToAnnotatedClass = false)
public class FakeIdentityProvider implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "pulsecheck-web";
    static final String REALM = "/realms/pulse";
    private static final String KEY_ID = "test-signing-key";

    private static volatile WireMockServer server;
    private static volatile KeyPair keys;

    public static String issuer() {
        return server.baseUrl() + REALM;
    }

    /** The next code exchange answers with an ID token for this subject, email and roles. */
    public static void nextSignIn(String subject, String email, Set<String> groups) {
        String idToken = idToken(subject, email, groups);
        server.stubFor(post(urlEqualTo(REALM + "/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"" + idToken(subject, email, groups) + "\", \"token_type\": \"Bearer\", "
                        + "\"expires_in\": 300, \"id_token\": \"" + idToken + "\"}")));
    }

    /** An ID token the provider would issue to pulsecheck's web client. */
    public static String idToken(String subject, String email, Set<String> groups) {
        return Jwt.issuer(issuer()).audience(CLIENT_ID).subject(subject).claim("email", email)
                .claim("email_verified", true).groups(groups).expiresIn(300).jws().keyId(KEY_ID).sign(keys.getPrivate());
    }

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        WireMockServer started = new WireMockServer(options().dynamicPort());
        started.start();
        server = started;
        String issuer = issuer();
        started.stubFor(get(urlEqualTo(REALM + "/.well-known/openid-configuration")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"issuer\": \"" + issuer + "\", \"authorization_endpoint\": \"" + issuer + "/auth\", "
                        + "\"token_endpoint\": \"" + issuer + "/token\", \"jwks_uri\": \"" + issuer + "/certs\", "
                        + "\"response_types_supported\": [\"code\"], \"subject_types_supported\": [\"public\"], "
                        + "\"id_token_signing_alg_values_supported\": [\"RS256\"]}")));
        RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
        started.stubFor(get(urlPathEqualTo(REALM + "/certs")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"keys\": [{\"kty\": \"RSA\", \"use\": \"sig\", \"alg\": \"RS256\", \"kid\": \"" + KEY_ID
                        + "\", \"n\": \"" + base64Url(publicKey.getModulus()) + "\", \"e\": \""
                        + base64Url(publicKey.getPublicExponent()) + "\"}]}")));
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", CLIENT_ID,
                "quarkus.oidc.credentials.secret", "test-only-oidc-client-secret-0123456789abcdef");
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
