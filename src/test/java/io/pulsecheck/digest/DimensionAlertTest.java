package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Alerts cover every numeric dimension a set collects, not only the named indices: here trust in leadership. */
@QuarkusTest
class DimensionAlertTest {

    @Inject
    InsightFixtures fixtures;

    @Inject
    DigestService digests;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The five trust items at {@code value} (item 5 reverse-scored, so answered {@code 6 - value}). */
    private static Map<String, Object> trust(int value) {
        Map<String, Object> answers = new HashMap<>();
        for (int i = 1; i <= 4; i++) {
            answers.put("trust_" + i, value);
        }
        answers.put("trust_5", 6 - value);
        return answers;
    }

    @Inject
    PreBriefs preBriefs;

    /** A team asking trust in leadership twice, with its subscribed Slack leader and the second cycle. */
    private record TrustTeam(SeededTeam team, String leaderId, String secondCycle) {
    }

    private TrustTeam teamWithTrust(int[] before, int[] after) {
        SeededTeam team = fixtures.asking(fixtures.team("trust-alert", null, 5), "trust-in-leadership", 1);
        UUID first = fixtures.cycle(team, LocalDate.parse("2026-08-03"), 6, "closed");
        UUID second = fixtures.cycle(team, LocalDate.parse("2026-08-10"), 6, "closed");
        for (int value : before) {
            fixtures.respondAny(team, first, trust(value));
        }
        for (int value : after) {
            fixtures.respondAny(team, second, trust(value));
        }
        String email = fixtures.leader(team.id(), "slack", InsightFixtures.unique("U"), "en", "Europe/Berlin");
        String personId = fixtures.personId(email).toString();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("channel", "slack"))
                .when().put("/api/v1/digest-subscriptions/{id}", personId).then().statusCode(200);
        clock.setInstant(Instant.parse("2026-08-17T10:00:00Z"));
        return new TrustTeam(team, personId, second.toString());
    }

    @Test
    void alertsWhenTrustInLeadershipDrops() {
        // 90 -> 35: 55 points with little spread, far beyond the noise and the 10-point threshold.
        TrustTeam seeded = teamWithTrust(new int[] { 5, 5, 4, 4, 5 }, new int[] { 2, 2, 3, 2, 3 });

        digests.sendAlerts();

        String text = fixtures.queued("alert:" + seeded.leaderId() + ":" + seeded.secondCycle()).orElseThrow()
                .payload();
        assertTrue(text.contains("Trust in leadership dropped from 90.0 to 35.0"), text);
        assertTrue(text.contains("ask what lies behind it"), text);
    }

    @Test
    void staysQuietWhenTrustMovesWithinTheThreshold() {
        // 90 -> 85 is real but smaller than the 10-point threshold.
        TrustTeam seeded = teamWithTrust(new int[] { 5, 5, 4, 4, 5 }, new int[] { 5, 4, 4, 4, 5 });

        digests.sendAlerts();

        assertTrue(fixtures.queued("alert:" + seeded.leaderId() + ":" + seeded.secondCycle()).isEmpty());
    }

    @Test
    void preBriefNamesTheTrustDropBeforeTheNextCheckIn() {
        TrustTeam seeded = teamWithTrust(new int[] { 5, 5, 4, 4, 5 }, new int[] { 2, 2, 3, 2, 3 });
        UUID coming = fixtures.cycle(seeded.team(), LocalDate.parse("2026-08-17"), 6, "open");

        String english = String.join("\n", preBriefs.forCycle(seeded.team().id(), coming, "en"));
        String german = String.join("\n", preBriefs.forCycle(seeded.team().id(), coming, "de"));

        assertTrue(english.contains(
                "In the last check-in (2026-08-10) Trust in leadership fell from 90.0 to 35.0, more than noise."), english);
        assertTrue(english.contains("ask what lies behind it"), english);
        assertTrue(german.contains("In der letzten Runde (2026-08-10) ist der Wert „Vertrauen in die Führung“ von 90.0"
                + " auf 35.0 gesunken"), german);
    }
}
