package io.pulsecheck.platform.teams;

import static io.pulsecheck.platform.teams.TeamsActivities.send;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.testing.FakeMicrosoft;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Bot Connector token is checked before anything else: a token with the wrong issuer, audience, expiry,
 * serviceUrl or key gets 401 and writes nothing, here shown with an installation that would otherwise be stored.
 */
@QuarkusTest
class TeamsTokenTest {

    @Inject
    TestClock clock;

    private Checkin checkin;
    private ObjectNode install;

    @BeforeEach
    void installationOfAMember() {
        FakeMicrosoft.stub();
        checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        install = TeamsActivities.install(TeamsActivities.User.of(checkin.member(0).platformUserId()));
    }

    @AfterEach
    void realClock() {
        clock.reset();
    }

    @Test
    void acceptsValidToken() {
        send(install).then().statusCode(200);

        assertEquals(1L, references());
    }

    @Test
    void refusesWrongIssuer() {
        assertRefused(FakeMicrosoft.token(FakeMicrosoft.signingKey(),
                claims -> claims.setIssuer("https://sts.windows.net/some-tenant/")));
    }

    @Test
    void refusesTokenForAnotherBot() {
        assertRefused(FakeMicrosoft.token(FakeMicrosoft.signingKey(), claims -> claims.setAudience("another-app")));
    }

    @Test
    void refusesExpiredTokenBeyondTheClockSkew() {
        long now = Instant.now().getEpochSecond();
        assertRefused(FakeMicrosoft.token(FakeMicrosoft.signingKey(), claims -> {
            claims.setIssuedAt(NumericDate.fromSeconds(now - 7200));
            claims.setNotBefore(NumericDate.fromSeconds(now - 7200));
            claims.setExpirationTime(NumericDate.fromSeconds(now - 360));
        }));
    }

    @Test
    void acceptsTokenExpiredWithinTheClockSkew() {
        long now = Instant.now().getEpochSecond();
        String token = FakeMicrosoft.token(FakeMicrosoft.signingKey(), claims -> {
            claims.setIssuedAt(NumericDate.fromSeconds(now - 3660));
            claims.setNotBefore(NumericDate.fromSeconds(now - 3660));
            claims.setExpirationTime(NumericDate.fromSeconds(now - 60));
        });

        send(install, token).then().statusCode(200);

        assertEquals(1L, references());
    }

    @Test
    void refusesTokenWithoutExpiry() {
        assertRefused(FakeMicrosoft.token(FakeMicrosoft.signingKey(), claims -> claims.unsetClaim("exp")));
    }

    @Test
    void refusesTokenForAnotherServiceUrl() {
        assertRefused(FakeMicrosoft.token(FakeMicrosoft.signingKey(),
                claims -> claims.setClaim("serviceUrl", "https://smba.trafficmanager.net/amer/")));
    }

    @Test
    void refusesTokenWithoutServiceUrl() {
        assertRefused(FakeMicrosoft.token(FakeMicrosoft.signingKey(), claims -> claims.unsetClaim("serviceUrl")));
    }

    @Test
    void refusesTokenSignedWithUnpublishedKey() {
        assertRefused(FakeMicrosoft.token(FakeMicrosoft.newKey("rogue-" + UUID.randomUUID()), claims -> {
        }));
    }

    @Test
    void refusesForgedSignatureUnderThePublishedKeyId() {
        RsaJsonWebKey forger = FakeMicrosoft.newKey(FakeMicrosoft.signingKey().getKeyId());

        assertRefused(FakeMicrosoft.token(forger, claims -> {
        }));
    }

    @Test
    void refusesUnsignedAndHmacTokens() throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(FakeMicrosoft.ISSUER);
        claims.setAudience(FakeMicrosoft.APP_ID);
        claims.setExpirationTimeMinutesInTheFuture(30);
        claims.setClaim("serviceUrl", FakeMicrosoft.serviceUrl());
        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(claims.toJson());
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        none.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        assertRefused(none.getCompactSerialization());

        JsonWebSignature hmac = new JsonWebSignature();
        hmac.setPayload(claims.toJson());
        hmac.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        hmac.setKeyIdHeaderValue(FakeMicrosoft.signingKey().getKeyId());
        hmac.setKey(new HmacKey(FakeMicrosoft.APP_PASSWORD.repeat(2).getBytes()));
        assertRefused(hmac.getCompactSerialization());
    }

    @Test
    void refusesMissingOrMalformedAuthorization() {
        for (String header : List.of("", "Bearer", "Basic dXNlcjpwYXNz", "Bearer not.a.token", "Bearer a.b")) {
            given().contentType("application/json").header("Authorization", header).body(install.toString())
                    .post(TeamsActivities.PATH).then().statusCode(401).contentType("application/problem+json");
        }
        given().contentType("application/json").body(install.toString()).post(TeamsActivities.PATH)
                .then().statusCode(401);
        assertEquals(0L, references());
    }

    @Test
    void fetchesRotatedKeysWhenATokenNamesAnUnknownKeyId() {
        send(install).then().statusCode(200);
        RsaJsonWebKey rotated = FakeMicrosoft.newKey("rotated-" + UUID.randomUUID());
        FakeMicrosoft.publish(rotated);
        // Past the minimum interval between two downloads caused by unknown key ids.
        clock.setInstant(Instant.now().plus(Duration.ofMinutes(2)));
        ObjectNode uninstall = TeamsActivities.uninstall(TeamsActivities.User.of(checkin.member(0).platformUserId()))
                .put("serviceUrl", FakeMicrosoft.serviceUrl());
        uninstall.with("conversation").put("id", install.path("conversation").path("id").asText());

        send(uninstall, FakeMicrosoft.token(rotated, claims -> {
        })).then().statusCode(200);

        assertEquals(0L, references());
    }

    private void assertRefused(String token) {
        long requestKeys = Rows.count("select count(*) from inbound_request");
        long messages = Rows.count("select count(*) from outbox_message");

        send(install, token).then().statusCode(401).contentType("application/problem+json");

        assertEquals(0L, references());
        assertEquals(requestKeys, Rows.count("select count(*) from inbound_request"));
        assertEquals(messages, Rows.count("select count(*) from outbox_message"));
    }

    private long references() {
        return Rows.count("select count(*) from teams_conversation_reference where person_id = ?1",
                checkin.member(0).id());
    }
}
