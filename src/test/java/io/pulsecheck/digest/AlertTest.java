package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.QueuedMessage;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AlertTest {

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

    /** A team whose two closed cycles have the given WHO-5 item values, with a subscribed Slack leader. */
    private String[] teamWithWellbeing(int[] before, int[] after, String locale) {
        SeededTeam team = fixtures.team("alert", null, 5);
        UUID first = fixtures.cycle(team, LocalDate.parse("2026-05-04"), 6, "closed");
        UUID second = fixtures.cycle(team, LocalDate.parse("2026-05-11"), 6, "closed");
        for (int i = 0; i < before.length; i++) {
            fixtures.respondWellbeing(team, first, before[i]);
        }
        for (int i = 0; i < after.length; i++) {
            fixtures.respondWellbeing(team, second, after[i]);
        }
        String email = fixtures.leader(team.id(), "slack", InsightFixtures.unique("U"), locale, "Europe/Berlin");
        String personId = fixtures.personId(email).toString();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("channel", "slack"))
                .when().put("/api/v1/digest-subscriptions/{id}", personId).then().statusCode(200);
        clock.setInstant(Instant.parse("2026-05-18T10:00:00Z"));
        return new String[] { personId, second.toString() };
    }

    @Test
    void alertsOnARealDropWithReassuranceSuggestions() {
        // 76 -> 44 with little spread: 32 points, far beyond the interval of the difference.
        String[] ids = teamWithWellbeing(new int[] { 4, 4, 4, 4, 3 }, new int[] { 2, 2, 2, 2, 3 }, "en");
        digests.sendAlerts();

        QueuedMessage alert = fixtures.queued("alert:" + ids[0] + ":" + ids[1]).orElseThrow();
        assertEquals("alert", alert.kind());
        String text = alert.payload();
        assertTrue(text.contains("Well-being dropped from 76.0 to 44.0"), text);
        assertTrue(text.contains("Offer short one-to-ones"), text);
        assertTrue(text.contains("Acknowledge the workload openly"), text);
        assertEquals("header", JsonPath.from(text).getString("blocks[0].type"));
    }

    @Test
    void staysQuietWhenTheDropIsWithinTheNoise() {
        // 76 -> 60 is 16 points, but answers at both ends make the interval of the difference much wider.
        String[] ids = teamWithWellbeing(new int[] { 4, 4, 4, 4, 3 }, new int[] { 0, 5, 0, 5, 5 }, "en");
        digests.sendAlerts();
        assertTrue(fixtures.queued("alert:" + ids[0] + ":" + ids[1]).isEmpty());
    }

    @Test
    void staysQuietWhenASignificantDropIsBelowTheThreshold() {
        // 80 -> 72 with no spread at all is real but smaller than the 10-point threshold.
        String[] ids = teamWithWellbeing(new int[] { 4, 4, 4, 4, 4 }, new int[] { 4, 4, 4, 3, 3 }, "en");
        digests.sendAlerts();
        assertTrue(fixtures.queued("alert:" + ids[0] + ":" + ids[1]).isEmpty());
    }

    @Test
    void writesTheAlertInGermanForGermanLeaders() {
        String[] ids = teamWithWellbeing(new int[] { 5, 5, 5, 5, 4 }, new int[] { 2, 2, 2, 1, 2 }, "de");
        digests.sendAlerts();
        String text = fixtures.queued("alert:" + ids[0] + ":" + ids[1]).orElseThrow().payload();
        assertTrue(text.contains("Das Wohlbefinden ist von 96.0 auf 36.0 gesunken"), text);
        assertTrue(text.contains("Bieten Sie diese Woche kurze Einzelgespräche an"), text);
    }

    @Test
    void sendsEachAlertOnce() {
        String[] ids = teamWithWellbeing(new int[] { 4, 4, 4, 4, 3 }, new int[] { 2, 2, 2, 2, 3 }, "en");
        digests.sendAlerts();
        digests.sendAlerts();
        assertEquals(1L, fixtures.countQueued("alert:" + ids[0] + ":%"));
    }
}
