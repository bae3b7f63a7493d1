package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jfree.data.category.DefaultCategoryDataset;

import io.pulsecheck.insights.InsightsService;
import io.pulsecheck.insights.TeamInsights;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A team that moves from the weekly pulse to WHO-5 starts a new series: the digest says so, and neither an alert nor
 * "what moved" compares the two instruments, however far apart their numbers are.
 */
@QuarkusTest
class InstrumentSeriesDigestTest {

    @Inject
    InsightFixtures fixtures;

    @Inject
    DigestService digests;

    @Inject
    TestClock clock;

    @Inject
    InsightsService insights;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Mood 100 on the weekly pulse, then WHO-5 at 24 a week later; a subscribed Slack leader. Returns ids. */
    private String[] teamMovingToWho5(String locale) {
        SeededTeam team = fixtures.team("series-digest", null, 5);
        SeededTeam pulse = fixtures.asking(team, "weekly-pulse", 2);
        SeededTeam who5 = fixtures.asking(team, "who-5", 1);
        UUID before = fixtures.cycle(pulse, LocalDate.parse("2026-05-04"), 6, "closed");
        UUID after = fixtures.cycle(who5, LocalDate.parse("2026-05-11"), 6, "closed");
        for (int i = 0; i < 5; i++) {
            fixtures.respond(pulse, before, Map.of("pulse_mood", 5));
            fixtures.respondWellbeing(who5, after, i < 4 ? 1 : 2);
        }
        String email = fixtures.leader(team.id(), "slack", InsightFixtures.unique("U"), locale, "Europe/Berlin");
        String personId = fixtures.personId(email).toString();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("channel", "slack"))
                .when().put("/api/v1/digest-subscriptions/{id}", personId).then().statusCode(200);
        clock.setInstant(Instant.parse("2026-05-18T10:00:00Z"));
        return new String[] { personId, after.toString(), team.id().toString() };
    }

    private static List<String> section(LeaderCard card, String heading) {
        return card.sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
                .map(LeaderCard.Section::items).orElse(List.of());
    }

    @Test
    void noAlertComparesWho5WithTheWeeklyPulseMoodItem() {
        String[] ids = teamMovingToWho5("en");

        digests.sendAlerts();

        assertTrue(fixtures.queued("alert:" + ids[0] + ":" + ids[1]).isEmpty(), "100 -> 24 across two instruments");
    }

    @Test
    void digestSaysTheSeriesIsNewAndShowsNoMoveAcrossInstruments() {
        String[] ids = teamMovingToWho5("en");

        LeaderCard card = QuarkusTransaction.requiringNew()
                .call(() -> digests.digestCard(UUID.fromString(ids[2]), "en"));

        assertEquals(List.of("New series since 2026-05-11: asked WHO-5 Well-Being Index instead of Weekly pulse."
                + " Changes compare only check-ins of the same instrument."), section(card, "New series"));
        assertEquals(List.of(), section(card, "What moved beyond the noise"));
        String wellbeing = card.facts().stream().filter(f -> f.label().equals("Well-being")).findFirst().orElseThrow()
                .value();
        assertTrue(wellbeing.startsWith("24.0 ("), "a value without a change arrow: " + wellbeing);
    }

    @Test
    void chartDrawsOneLinePerInstrumentSoNoLineJoinsThem() {
        String[] ids = teamMovingToWho5("en");
        TeamInsights report = QuarkusTransaction.requiringNew().call(() -> insights.team(UUID.fromString(ids[2]),
                LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-18")));

        DefaultCategoryDataset lines = TrendChart.employeeLines(report, DigestWording.of("en"), new HashMap<>());

        String pulse = "Well-being · Weekly pulse";
        String who5 = "Well-being · WHO-5 Well-Being Index";
        assertTrue(lines.getRowKeys().containsAll(List.of(pulse, who5)), lines.getRowKeys().toString());
        assertFalse(lines.getRowKeys().contains("Well-being"), "no line across both instruments");
        assertEquals(100.0, lines.getValue(pulse, "2026-05-04").doubleValue(), 0.001);
        assertNull(lines.getValue(pulse, "2026-05-11"));
        assertNull(lines.getValue(who5, "2026-05-04"));
        assertEquals(24.0, lines.getValue(who5, "2026-05-11").doubleValue(), 0.001);
    }

    @Test
    void germanDigestNamesTheNewSeriesToo() {
        String[] ids = teamMovingToWho5("de");

        LeaderCard card = QuarkusTransaction.requiringNew()
                .call(() -> digests.digestCard(UUID.fromString(ids[2]), "de"));

        assertEquals(List.of("Neue Messreihe seit 2026-05-11: gefragt wurde WHO-5 Well-Being Index statt Weekly pulse."
                + " Veränderungen vergleichen nur Check-ins mit demselben Fragebogen."), section(card, "Neue Messreihe"));
    }
}
