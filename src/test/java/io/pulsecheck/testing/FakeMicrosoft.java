package io.pulsecheck.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Microsoft as the Teams bot meets it, on one WireMock server for the whole run: the Bot Framework's OpenID metadata
 * and key set (with RSA keys this class generates), Entra's token endpoint and the Bot Connector. Tests sign their
 * own Bot Connector tokens with {@link #token}.
 */
@QuarkusTestResource(value = FakeMicrosoft.class, restrictToAnnotatedClass = false)
public class FakeMicrosoft implements QuarkusTestResourceLifecycleManager {

    public static final String APP_ID = "00000000-test-4bot-0000-pulsecheck01";
    public static final String APP_PASSWORD = "test-only-teams-app-password";
    public static final String ISSUER = "https://api.botframework.com";
    public static final String APP_TOKEN = "test-teams-app-token";
    public static final String TENANT = "tenant-test-1";
    public static final String METADATA_PATH = "/botframework/v1/.well-known/openidconfiguration";
    public static final String KEYS_PATH = "/botframework/v1/keys";
    public static final String TOKEN_PATH = "/entra/botframework.com/oauth2/v2.0/token";
    public static final String CONNECTOR_PATH = "/connector/emea/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile WireMockServer server;
    private static volatile RsaJsonWebKey signingKey;
    private static final List<RsaJsonWebKey> published = new ArrayList<>();

    public static WireMockServer server() {
        return server;
    }

    /** The service URL Teams would name for this tenant: the fake Bot Connector. */
    public static String serviceUrl() {
        return server.baseUrl() + CONNECTOR_PATH;
    }

    /** The key Microsoft signs with now (published in the key set). */
    public static RsaJsonWebKey signingKey() {
        return signingKey;
    }

    /** A new RSA key with this id, not published. */
    public static RsaJsonWebKey newKey(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes one more key in the key set, as Microsoft does when it rotates. */
    public static synchronized void publish(RsaJsonWebKey key) {
        published.add(key);
        stub();
    }

    /** Puts back the metadata, key set, token endpoint and a Bot Connector that accepts everything. */
    public static synchronized void stub() {
        server.resetAll();
        server.stubFor(get(urlEqualTo(METADATA_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + server.baseUrl() + KEYS_PATH
                        + "\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}")));
        server.stubFor(get(urlEqualTo(KEYS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(keySet())));
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + APP_TOKEN + "\"}")));
        server.stubFor(any(urlPathMatching(CONNECTOR_PATH + "v3/conversations/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"1700000000000\"}")));
    }

    /** A valid Bot Connector token for the service URL, signed now by Microsoft's current key. */
    public static String token(String serviceUrl) {
        return token(signingKey, claims -> claims.setClaim("serviceUrl", serviceUrl));
    }

    /**
     * A Bot Connector token signed with the key, with the claims Microsoft sets (issued now by the application clock,
     * valid for an hour), changed by the customizer.
     */
    public static String token(RsaJsonWebKey key, Consumer<JwtClaims> customizer) {
        Instant now = Arc.container().instance(java.time.Clock.class).get().instant();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(APP_ID);
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setNotBefore(NumericDate.fromSeconds(now.getEpochSecond() - 60));
        claims.setExpirationTime(NumericDate.fromSeconds(now.getEpochSecond() + 3600));
        claims.setClaim("serviceUrl", serviceUrl());
        customizer.accept(claims);
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

    private static String keySet() {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (RsaJsonWebKey key : published) {
            Map<String, Object> params = new LinkedHashMap<>(key.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
            params.put("use", "sig");
            params.put("endorsements", List.of("msteams", "webchat"));
            keys.add(params);
        }
        try {
            return JSON.writeValueAsString(Map.of("keys", keys));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        WireMockServer started = new WireMockServer(options().dynamicPort().containerThreads(10));
        started.start();
        server = started;
        signingKey = newKey("test-key-1");
        published.clear();
        published.add(signingKey);
        stub();
        return Map.of(
                "pulsecheck.ms-teams.bot.app-id", APP_ID,
                "pulsecheck.ms-teams.bot.app-password", APP_PASSWORD,
                "pulsecheck.ms-teams.bot.openid-metadata-url", started.baseUrl() + METADATA_PATH,
                "pulsecheck.ms-teams.bot.token-url", started.baseUrl() + "/entra/{tenant}/oauth2/v2.0/token",
                "pulsecheck.ms-teams.bot.service-url-hosts", "localhost,127.0.0.1");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
