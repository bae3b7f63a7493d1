package io.pulsecheck.platform.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Google as the Chat app sees it, on a dynamic WireMock port for the whole test run: the key set of
 * {@code chat@system.gserviceaccount.com}, Google's OIDC key set, the OAuth token endpoint and the Chat API. Every
 * key is generated here, so tokens are really signed and really verified.
 */
@QuarkusTestResource(value = FakeGoogle.class, restrictToAnnotatedClass = false)
public class FakeGoogle implements QuarkusTestResourceLifecycleManager {

    public static final String PROJECT_NUMBER = "123456789012";
    public static final String ACCESS_TOKEN = "ya29.test-access-token";
    public static final String CHAT_JWKS = "/google/chat-jwks";
    public static final String OIDC_JWKS = "/google/oidc-certs";
    public static final String TOKEN = "/google/token";
    public static final String API = "/google/chat";
    public static final String SERVICE_ACCOUNT = "pulsecheck@test-project.iam.gserviceaccount.com";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile WireMockServer server;
    /** Published in the Chat key set from the start. */
    static final RsaJsonWebKey CHAT_KEY = key("chat-1");
    /** Published only once a test rotates the Chat keys. */
    static final RsaJsonWebKey ROTATED_KEY = key("chat-2");
    /** Never published, under a key id of its own. */
    static final RsaJsonWebKey UNPUBLISHED_KEY = key("chat-unpublished");
    /** Never published; signs forgeries under the published key id. */
    static final RsaJsonWebKey FORGER_KEY = key("chat-1");
    static final RsaJsonWebKey OIDC_KEY = key("oidc-1");
    /** The service account's key pair; its private half goes into the configured JSON key. */
    static final RsaJsonWebKey SERVICE_ACCOUNT_KEY = key("sa-1");

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        WireMockServer started = new WireMockServer(options().dynamicPort().containerThreads(20));
        started.start();
        server = started;
        stubDefaults();
        String base = started.baseUrl();
        return Map.of(
                "pulsecheck.google-chat.app.project-number", PROJECT_NUMBER,
                "pulsecheck.google-chat.app.chat-jwks-url", base + CHAT_JWKS,
                "pulsecheck.google-chat.app.id-token-jwks-url", base + OIDC_JWKS,
                "pulsecheck.google-chat.app.token-url", base + TOKEN,
                "pulsecheck.google-chat.app.api-base-url", base + API,
                "pulsecheck.google-chat.app.service-account-key", serviceAccountJson(base + TOKEN),
                // Every unknown key id fetches the key set again, so key rotation is testable without waiting.
                "pulsecheck.google-chat.app.key-refresh-interval", "PT0S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Key sets with the first keys only, a token endpoint that issues {@link #ACCESS_TOKEN}, an accepting Chat API. */
    public static void stubDefaults() {
        server.resetAll();
        publishChatKeys(CHAT_KEY);
        server.stubFor(get(urlEqualTo(OIDC_JWKS)).willReturn(jwks(OIDC_KEY)));
        server.stubFor(post(urlEqualTo(TOKEN)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
        server.stubFor(post(urlPathMatching(API + "/v1/spaces/[^/]+/messages")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"name\":\"spaces/x/messages/y\"}")));
    }

    public static void publishChatKeys(RsaJsonWebKey... keys) {
        server.stubFor(get(urlEqualTo(CHAT_JWKS)).willReturn(jwks(keys)));
    }

    /** A token as Google Chat sends it for the project-number audience, valid for an hour. */
    public static String chatToken() {
        return chatToken(claims -> {
        });
    }

    /** A Chat token signed with the published key, after {@code change} edited its claims. */
    public static String chatToken(Consumer<JwtClaims> change) {
        return sign(CHAT_KEY, chatClaims(change));
    }

    static JwtClaims chatClaims(Consumer<JwtClaims> change) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("chat@system.gserviceaccount.com");
        claims.setAudience(PROJECT_NUMBER);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        change.accept(claims);
        return claims;
    }

    public static String sign(RsaJsonWebKey key, JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder jwks(RsaJsonWebKey... keys) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(new JsonWebKeySet(keys).toJson());
    }

    private static RsaJsonWebKey key(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serviceAccountJson(String tokenUri) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
                        SERVICE_ACCOUNT_KEY.getPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        try {
            return JSON.writeValueAsString(Map.of("type", "service_account", "project_id", "test-project",
                    "private_key_id", SERVICE_ACCOUNT_KEY.getKeyId(), "private_key", pem,
                    "client_email", SERVICE_ACCOUNT, "client_id", "1000", "token_uri", tokenUri));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
