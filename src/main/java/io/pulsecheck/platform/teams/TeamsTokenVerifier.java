package io.pulsecheck.platform.teams;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.UnresolvableKeyException;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;
import io.pulsecheck.platform.InboundBody;

/**
 * Checks the Bot Connector's bearer token before anything of the request is parsed: signed (RS256 only) by a key
 * from Microsoft's published key set, issued by the Bot Framework, for this app (audience = app id), within its
 * lifetime give or take the allowed skew. The caller then checks that the token's {@code serviceUrl} is the
 * activity's and that the key is endorsed for the activity's channel. jose4j does the cryptography.
 */
@ApplicationScoped
class TeamsTokenVerifier {

    @Inject
    TeamsBotConfig config;

    @Inject
    BotConnectorKeys keys;

    @Inject
    Clock clock;

    /** What a verified token says. */
    record VerifiedToken(String serviceUrl, List<String> endorsements) {

        /** Whether the signing key may sign activities of this channel (Microsoft lists the channels per key). */
        boolean endorses(String channelId) {
            return endorsements.isEmpty() || endorsements.contains(channelId);
        }
    }

    VerifiedToken verify(String authorization) {
        String appId = config.appId().filter(id -> !id.isBlank()).orElse(null);
        if (appId == null || config.appPassword().filter(p -> !p.isBlank()).isEmpty()) {
            throw InboundBody.unauthorized("The Teams bot is not configured");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw InboundBody.unauthorized("A Bot Connector bearer token is required");
        }
        String token = authorization.substring(7).strip();
        BotConnectorKeys.Key[] used = new BotConnectorKeys.Key[1];
        boolean[] keysUnavailable = new boolean[1];
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds((int) Math.min(Integer.MAX_VALUE, config.allowedClockSkew().toSeconds()))
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                .setExpectedIssuers(true, config.issuers().toArray(String[]::new))
                .setExpectedAudience(appId)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256")
                .setVerificationKeyResolver((JsonWebSignature jws, List<JsonWebStructure> nesting) -> {
                    Optional<BotConnectorKeys.Key> key = keys.find(jws.getKeyIdHeaderValue());
                    if (key.isEmpty()) {
                        keysUnavailable[0] = !keys.loaded();
                        throw new UnresolvableKeyException("unknown key id");
                    }
                    used[0] = key.get();
                    return key.get().publicKey();
                })
                .build();
        JwtClaims claims;
        try {
            JwtContext context = consumer.process(token);
            claims = context.getJwtClaims();
        } catch (InvalidJwtException e) {
            if (keysUnavailable[0]) {
                throw new ApiException(Problem.of(Status.SERVICE_UNAVAILABLE, "keys-unavailable",
                        "The Bot Connector signing keys cannot be loaded right now"));
            }
            throw InboundBody.unauthorized(
                    "The Bot Connector token is missing, expired, wrongly signed or not for this bot");
        }
        try {
            String serviceUrl = claims.getStringClaimValue("serviceUrl");
            if (serviceUrl == null || serviceUrl.isBlank()) {
                throw InboundBody.unauthorized("The Bot Connector token names no serviceUrl");
            }
            return new VerifiedToken(serviceUrl, used[0].endorsements());
        } catch (MalformedClaimException e) {
            throw InboundBody.unauthorized("The Bot Connector token's serviceUrl is not a string");
        }
    }
}
