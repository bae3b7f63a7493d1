package io.pulsecheck.platform.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.pulsecheck.common.error.ApiException;

/**
 * The endpoint-URL audience: Google Chat sends a Google OIDC ID token for the endpoint URL, whose email is the Chat
 * service account. Plain unit test of the verifier against its own WireMock key set.
 */
class GoogleChatIdTokenTest {

    private static final String ENDPOINT = "https://pulse.example.com/webhooks/google-chat/events";
    private static WireMockServer keys;
    private static GoogleChatTokenVerifier verifier;

    @BeforeAll
    static void verifierForTheEndpointUrl() {
        keys = new WireMockServer(options().dynamicPort());
        keys.start();
        keys.stubFor(get(urlEqualTo("/certs")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(new JsonWebKeySet(FakeGoogle.OIDC_KEY).toJson())));
        verifier = new GoogleChatTokenVerifier();
        verifier.config = new EndpointUrlConfig(URI.create(keys.baseUrl() + "/certs"));
        verifier.clock = Clock.systemUTC();
        verifier.init();
    }

    @AfterAll
    static void stopKeys() {
        keys.stop();
    }

    @Test
    void acceptsAnIdTokenOfTheChatServiceAccountForTheEndpoint() {
        assertDoesNotThrow(() -> verifier.verify("Bearer " + idToken(claims -> {
        })));
    }

    @Test
    void refusesAnIdTokenOfAnotherAccount() {
        assertUnauthorized(idToken(claims -> claims.setClaim("email", "someone@example.com")));
    }

    @Test
    void refusesAnUnverifiedEmail() {
        assertUnauthorized(idToken(claims -> claims.setClaim("email_verified", false)));
    }

    @Test
    void refusesAnIdTokenForAnotherUrl() {
        assertUnauthorized(idToken(claims -> claims.setAudience("https://other.example.com/hook")));
    }

    @Test
    void refusesAnotherIssuer() {
        assertUnauthorized(idToken(claims -> claims.setIssuer("https://evil.example.com")));
    }

    @Test
    void refusesAProjectNumberTokenInEndpointUrlMode() {
        assertUnauthorized(FakeGoogle.chatToken());
    }

    private static void assertUnauthorized(String token) {
        ApiException refused = assertThrows(ApiException.class, () -> verifier.verify("Bearer " + token));
        assertEquals(401, refused.problem().status());
    }

    private static String idToken(Consumer<JwtClaims> change) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("https://accounts.google.com");
        claims.setAudience(ENDPOINT);
        claims.setSubject("113456789012345678901");
        claims.setClaim("email", GoogleChatTokenVerifier.CHAT_ISSUER);
        claims.setClaim("email_verified", true);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        change.accept(claims);
        return FakeGoogle.sign(FakeGoogle.OIDC_KEY, claims);
    }

    /** The configuration of an app whose authentication audience is the endpoint URL. */
    private record EndpointUrlConfig(URI idTokenJwksUrl) implements GoogleChatAppConfig {

        @Override
        public Audience authenticationAudience() {
            return Audience.ENDPOINT_URL;
        }

        @Override
        public Optional<String> projectNumber() {
            return Optional.of(FakeGoogle.PROJECT_NUMBER);
        }

        @Override
        public Optional<URI> endpointUrl() {
            return Optional.of(URI.create(ENDPOINT));
        }

        @Override
        public URI chatJwksUrl() {
            return URI.create("http://127.0.0.1:9/unused");
        }

        @Override
        public Duration keyCacheDuration() {
            return Duration.ofHours(1);
        }

        @Override
        public Duration keyRefreshInterval() {
            return Duration.ZERO;
        }

        @Override
        public Duration clockSkew() {
            return Duration.ofSeconds(60);
        }

        @Override
        public Optional<Path> serviceAccountKeyFile() {
            return Optional.empty();
        }

        @Override
        public Optional<String> serviceAccountKey() {
            return Optional.empty();
        }

        @Override
        public URI tokenUrl() {
            return URI.create("http://127.0.0.1:9/unused");
        }

        @Override
        public String apiBaseUrl() {
            return "http://127.0.0.1:9/unused";
        }

        @Override
        public double ratePerSecond() {
            return 1;
        }
    }
}
