package io.pulsecheck.platform.googlechat;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.jose4j.http.Get;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.lang.UnresolvableKeyException;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.platform.InboundBody;

/**
 * Checks the bearer token Google Chat sends with every event, before the body is read (docs/GOOGLE-CHAT.md). With the
 * project-number audience the token is a JWT of {@code chat@system.gserviceaccount.com} for the project number; with
 * the endpoint-URL audience a Google ID token for the endpoint URL whose email is that service account. Signature
 * (RS256 only), issuer, audience and expiry (with a small skew) are checked by jose4j; keys come from the configured
 * key set, are cached, and fetched again when a token names an unknown key id.
 */
@ApplicationScoped
class GoogleChatTokenVerifier {

    static final String CHAT_ISSUER = "chat@system.gserviceaccount.com";
    private static final String[] ID_TOKEN_ISSUERS = { "https://accounts.google.com", "accounts.google.com" };
    private static final int FETCH_TIMEOUT_MILLIS = 5000;
    private static final Logger LOG = Logger.getLogger(GoogleChatTokenVerifier.class);

    @Inject
    GoogleChatAppConfig config;

    @Inject
    Clock clock;

    private HttpsJwksVerificationKeyResolver keys;

    @PostConstruct
    void init() {
        HttpsJwks jwks = new HttpsJwks((config.authenticationAudience() == GoogleChatAppConfig.Audience.PROJECT_NUMBER
                ? config.chatJwksUrl() : config.idTokenJwksUrl()).toString());
        jwks.setDefaultCacheDuration(config.keyCacheDuration().toSeconds());
        jwks.setRefreshReprieveThreshold(config.keyRefreshInterval().toMillis());
        Get get = new Get();
        get.setConnectTimeout(FETCH_TIMEOUT_MILLIS);
        get.setReadTimeout(FETCH_TIMEOUT_MILLIS);
        jwks.setSimpleHttpGet(get);
        keys = new HttpsJwksVerificationKeyResolver(jwks);
    }

    /**
     * Verifies the Authorization header's bearer token.
     *
     * @throws ApiException 401 when the app is not configured or the token is missing, malformed, forged, expired, or
     *         for another issuer or audience
     */
    void verify(String authorization) {
        if (!config.verifiable()) {
            throw InboundBody.unauthorized("The Google Chat app is not configured");
        }
        String token = bearer(authorization);
        if (token == null) {
            throw InboundBody.unauthorized("The Google Chat bearer token is missing");
        }
        try {
            JwtClaims claims = consumer().processToClaims(token);
            if (config.authenticationAudience() == GoogleChatAppConfig.Audience.ENDPOINT_URL
                    && !(CHAT_ISSUER.equals(claims.getClaimValueAsString("email"))
                            && Boolean.TRUE.equals(claims.getClaimValue("email_verified", Boolean.class)))) {
                throw InboundBody.unauthorized("The Google Chat ID token is not from the Chat service account");
            }
        } catch (InvalidJwtException | MalformedClaimException e) {
            if (e.getCause() instanceof UnresolvableKeyException) {
                // Also when Google's key set cannot be fetched: logged, so an outage is not mistaken for forgeries.
                LOG.debugf("Google Chat token names no known key: %s", e.getCause().getMessage());
            }
            throw InboundBody.unauthorized("The Google Chat bearer token is missing, wrong or expired");
        }
    }

    private JwtConsumer consumer() {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setVerificationKeyResolver(keys)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()));
        if (config.authenticationAudience() == GoogleChatAppConfig.Audience.PROJECT_NUMBER) {
            builder.setExpectedIssuer(CHAT_ISSUER).setExpectedAudience(config.projectNumber().orElseThrow().strip());
        } else {
            builder.setExpectedIssuers(true, ID_TOKEN_ISSUERS)
                    .setExpectedAudience(config.endpointUrl().orElseThrow().toString());
        }
        return builder.build();
    }

    private static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        if (value.length() <= 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = value.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
