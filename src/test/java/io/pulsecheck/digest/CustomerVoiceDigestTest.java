package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The weekly digest's customer lines (neutral card content) and psychological safety in digests and alerts. */
@QuarkusTest
class CustomerVoiceDigestTest {

    private static final String SAFETY_VERSION = "fcf99a73-5c91-49c6-b5f3-ef2730bbb35a";

    @Inject
    InsightFixtures fixtures;

    @Inject
    DigestService digests;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    ChartLinks links;

    @BeforeEach
    void monday() {
        clock.setInstant(Instant.parse("2026-03-16T07:30:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void importSignals(UUID team, List<Map<String, Object>> rows) {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("signals", rows))
                .when().post("/api/v1/teams/{id}/customer-signals", team).then().statusCode(200);
    }

    private static Map<String, Object> row(String week, String metric, Object value, long sampleSize) {
        return Map.of("week", week, "metric", metric, "value", value, "sampleSize", sampleSize);
    }

    private static Optional<LeaderCard.Section> section(LeaderCard card, String heading) {
        return card.sections().stream().filter(s -> s.heading().equals(heading)).findFirst();
    }

    @Test
    void digestHasALinePerCustomerMetricThatMoved() {
        SeededTeam team = fixtures.teamWithHistory("cv-digest");
        // The reported cycle is 2026-03-09 (week 11); week 10 is its previous week. CSAT moves by less than 5 %.
        importSignals(team.id(), List.of(row("2026-W10", "complaints", 20, 2000), row("2026-W11", "complaints", 31, 2100),
                row("2026-W10", "csat", 4.30, 400), row("2026-W11", "csat", 4.28, 410)));

        LeaderCard card = digests.digestCard(team.id(), "en");
        assertEquals(List.of("Complaints: 20 → 31 (worse) in week 2026-W11"),
                section(card, "Customer signals").orElseThrow().items());
        assertTrue(card.plainText().contains("Complaints: 20 → 31 (worse)"));

        LeaderCard german = digests.digestCard(team.id(), "de-AT");
        assertEquals(List.of("Beschwerden: 20 → 31 (schlechter) in Woche 2026-W11"),
                section(german, "Kundensignale").orElseThrow().items());
    }

    @Test
    void digestLeavesTheCustomerSectionOutWhenNothingMoved() {
        SeededTeam team = fixtures.teamWithHistory("cv-quiet");
        importSignals(team.id(), List.of(row("2026-W10", "csat", 4.30, 400), row("2026-W11", "csat", 4.31, 410)));
        assertTrue(section(digests.digestCard(team.id(), "en"), "Customer signals").isEmpty());
        SeededTeam none = fixtures.teamWithHistory("cv-none");
        assertTrue(section(digests.digestCard(none.id(), "en"), "Customer signals").isEmpty());
    }

    @Test
    void chartDrawsCustomerMetricsInPanelsOnTheSameCycleDates() throws Exception {
        SeededTeam team = fixtures.teamWithHistory("cv-chart");
        importSignals(team.id(), List.of(row("2026-W10", "complaints", 20, 2000), row("2026-W11", "complaints", 31, 2100),
                row("2026-W10", "csat", 4.30, 400), row("2026-W11", "csat", 4.28, 410)));
        java.net.URI link = java.net.URI.create(links.trendChartUrl(team.id(), "en"));
        byte[] png = given().urlEncodingEnabled(false).when().get(link.getRawPath() + "?" + link.getRawQuery())
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(800, image.getWidth());
        assertEquals(400 + 2 * 160, image.getHeight(), "one panel per customer metric below the indices");
    }

    /** A team asking the built-in safety set: two closed cycles, safety 100 then 50, with a subscribed leader. */
    private String[] safetyDrop(String locale) {
        SeededTeam team = safetyTeam();
        UUID first = fixtures.cycle(team, LocalDate.parse("2026-03-02"), 6, "closed");
        UUID second = fixtures.cycle(team, LocalDate.parse("2026-03-09"), 6, "closed");
        for (int i = 0; i < 5; i++) {
            fixtures.respond(team, first, answers(5, 5, 1, 1, 5));
            fixtures.respond(team, second, answers(3, 3, 3, 3, 3));
        }
        String email = fixtures.leader(team.id(), "slack", InsightFixtures.unique("U"), locale, "Europe/Berlin");
        String personId = fixtures.personId(email).toString();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("channel", "slack"))
                .when().put("/api/v1/digest-subscriptions/{id}", personId).then().statusCode(200);
        return new String[] { personId, second.toString(), team.id().toString() };
    }

    @Test
    void safetyDropAlertsWithItsSuggestions() {
        String[] ids = safetyDrop("en");
        digests.sendAlerts();
        String text = fixtures.queued("alert:" + ids[0] + ":" + ids[1]).orElseThrow().payload();
        assertTrue(text.contains("Psychological safety dropped from 100.0 to 50.0"), text);
        assertTrue(text.contains("how mistakes are handled"), text);
    }

    @Test
    void safetyDropWhileComplaintsRiseSuggestsABlamelessReview() {
        String[] ids = safetyDrop("de");
        UUID team = UUID.fromString(ids[2]);
        LeaderCard before = digests.digestCard(team, "en");
        assertTrue(before.sections().stream().flatMap(s -> s.items().stream())
                .noneMatch(item -> item.contains("blameless review")), "safety alone does not suggest it");

        importSignals(team, List.of(row("2026-W10", "complaints", 12, 1500), row("2026-W11", "complaints", 25, 1480)));
        LeaderCard card = digests.digestCard(team, "en");
        assertTrue(card.facts().stream().anyMatch(f -> f.label().equals("Psychological safety")
                && f.value().startsWith("50.0 ↓")), card.facts().toString());
        List<String> suggestions = section(card, "Suggested actions").orElseThrow().items();
        assertTrue(suggestions.stream().anyMatch(s -> s.startsWith("Hold a blameless review of recent customer escalations")),
                suggestions.toString());
        assertTrue(section(digests.digestCard(team, "de"), "Vorschläge").orElseThrow().items().stream()
                .anyMatch(s -> s.startsWith("Besprechen Sie die jüngsten Kundeneskalationen ohne Schuldzuweisung")));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    SeededTeam safetyTeam() {
        SeededTeam team = fixtures.team("safety-digest", null, 5);
        Map<String, UUID> questions = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "select key, id from question where set_version_id = cast(:version as uuid)")
                .setParameter("version", SAFETY_VERSION).getResultList()) {
            questions.put((String) row[0], (UUID) row[1]);
        }
        return new SeededTeam(team.id(), team.name(), UUID.fromString(SAFETY_VERSION), team.scheduleId(), questions);
    }

    private static Map<String, Integer> answers(int... values) {
        List<String> keys = List.of("safety_speak_up", "safety_mistakes", "safety_consequences", "safety_job_fear",
                "safety_support");
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(keys.get(i), values[i]);
        }
        return answers;
    }
}
