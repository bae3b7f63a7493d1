package io.pulsecheck.platform.googlechat;

import static io.pulsecheck.platform.googlechat.GoogleChatEvents.clicked;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.inputs;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.newSpace;
import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The bearer token of every Google Chat event is checked before the body is read: a token with the wrong issuer,
 * audience, expiry, key id or signature gets 401 and nothing is written.
 */
@QuarkusTest
class GoogleChatTokenTest {

    private Checkin checkin;
    private String space;
    private String user;

    @BeforeEach
    void installedMember() {
        FakeGoogle.stubDefaults();
        checkin = OpenCheckInFixtures.openCheckin("google-chat", 1);
        user = checkin.member(0).platformUserId();
        space = newSpace();
        GoogleChatEvents.send(GoogleChatEvents.added(space, user, null)).then().statusCode(200);
    }

    @Test
    void acceptsGooglesTokenForTheProjectNumber() {
        submitWith(FakeGoogle.chatToken()).then().statusCode(200);

        assertEquals(1L, Rows.receipts(checkin.cycleId()));
    }

    @Test
    void refusesAnotherIssuer() {
        refused(FakeGoogle.chatToken(claims -> claims.setIssuer("attacker@evil.iam.gserviceaccount.com")));
    }

    @Test
    void refusesAnotherAudience() {
        refused(FakeGoogle.chatToken(claims -> claims.setAudience("999999999999")));
    }

    @Test
    void refusesAnExpiredToken() {
        refused(FakeGoogle.chatToken(expiredMinutesAgo(5)));
    }

    @Test
    void toleratesASmallClockSkew() {
        submitWith(FakeGoogle.chatToken(expiredSecondsAgo(20))).then().statusCode(200);
    }

    @Test
    void refusesAKeyIdGoogleDoesNotPublish() {
        refused(FakeGoogle.sign(FakeGoogle.UNPUBLISHED_KEY, FakeGoogle.chatClaims(claims -> {
        })));
    }

    @Test
    void refusesATokenSignedWithAnotherKeyUnderAPublishedKeyId() {
        refused(FakeGoogle.sign(FakeGoogle.FORGER_KEY, FakeGoogle.chatClaims(claims -> {
        })));
    }

    @Test
    void refusesAnUnsignedToken() {
        String[] parts = FakeGoogle.chatToken().split("\\.");
        String noneHeader = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"kid\":\"chat-1\"}".getBytes());
        refused(noneHeader + "." + parts[1] + ".");
    }

    @Test
    void refusesARequestWithoutToken() {
        given().contentType("application/json")
                .body(clicked(space, user, checkin.cycleId(), inputs(fullAnswers(checkin))).toString())
                .when().post(GoogleChatEvents.PATH).then().statusCode(401).contentType("application/problem+json");

        assertNothingStored();
    }

    @Test
    void fetchesTheKeysAgainWhenGoogleRotatedThem() {
        submitWith(FakeGoogle.chatToken()).then().statusCode(200);
        FakeGoogle.publishChatKeys(FakeGoogle.CHAT_KEY, FakeGoogle.ROTATED_KEY);
        Checkin second = OpenCheckInFixtures.openCheckin("google-chat", 1);
        String secondSpace = newSpace();
        String rotated = FakeGoogle.sign(FakeGoogle.ROTATED_KEY, FakeGoogle.chatClaims(claims -> {
        }));

        GoogleChatEvents.send(GoogleChatEvents.added(secondSpace, second.member(0).platformUserId(), null).toString(),
                rotated).then().statusCode(200);

        assertEquals(1L, Rows.count("select count(*) from google_chat_space where space_name = ?1", secondSpace));
    }

    private io.restassured.response.Response submitWith(String token) {
        return GoogleChatEvents.send(clicked(space, user, checkin.cycleId(), inputs(fullAnswers(checkin))).toString(),
                token);
    }

    private void refused(String token) {
        long replayRecords = Rows.count("select count(*) from inbound_request");

        submitWith(token).then().statusCode(401).contentType("application/problem+json");

        assertNothingStored();
        assertEquals(replayRecords, Rows.count("select count(*) from inbound_request"));
    }

    private void assertNothingStored() {
        assertEquals(0L, Rows.receipts(checkin.cycleId()));
        assertEquals(0L, Pending.count(checkin.cycleId()));
    }

    private static Consumer<JwtClaims> expiredMinutesAgo(int minutes) {
        return claims -> {
            NumericDate expired = NumericDate.now();
            expired.addSeconds(-60L * minutes);
            claims.setExpirationTime(expired);
            NumericDate issued = NumericDate.now();
            issued.addSeconds(-60L * (minutes + 60));
            claims.setIssuedAt(issued);
        };
    }

    private static Consumer<JwtClaims> expiredSecondsAgo(int seconds) {
        return claims -> {
            NumericDate expired = NumericDate.now();
            expired.addSeconds(-seconds);
            claims.setExpirationTime(expired);
            NumericDate issued = NumericDate.now();
            issued.addSeconds(-3600L - seconds);
            claims.setIssuedAt(issued);
        };
    }
}
