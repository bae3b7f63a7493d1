package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The pre-brief before a check-in answers the team's last released cycle, and never shows more than its report. */
@QuarkusTest
class PreBriefTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-05-04");
    private static final LocalDate SECOND = LocalDate.parse("2026-05-11");
    private static final LocalDate COMING = LocalDate.parse("2026-05-18");

    @Inject
    InsightFixtures fixtures;

    @Inject
    PreBriefs preBriefs;

    @Inject
    LeaderActions actions;

    @Inject
    TestClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> ReassuranceEntry.deleteAll());
    }

    /** Five people per cycle answer transparency with these values; well-being stays the same. */
    private SeededTeam team(int[] before, int[] after, String secondStatus) {
        SeededTeam team = fixtures.team("prebrief", null, 5);
        UUID first = fixtures.cycle(team, FIRST, 6, "closed");
        UUID second = fixtures.cycle(team, SECOND, 6, secondStatus);
        for (int value : before) {
            fixtures.respond(team, first, Map.of("transp_1", value, "transp_2", value, "who5_1", 3));
        }
        for (int value : after) {
            fixtures.respond(team, second, Map.of("transp_1", value, "transp_2", value, "who5_1", 3));
        }
        clock.setInstant(Instant.parse("2026-05-18T06:00:00Z"));
        return team;
    }

    private UUID comingCycle(SeededTeam team) {
        return fixtures.cycle(team, COMING, 6, "open");
    }

    private List<String> brief(SeededTeam team, String locale) {
        return preBriefs.forCycle(team.id(), comingCycle(team), locale);
    }

    @Test
    void namesWhatToShareAndSuggestsAnOpenQaWhenTransparencyFell() {
        SeededTeam team = team(new int[] { 5, 5, 5, 5, 4 }, new int[] { 2, 2, 2, 2, 3 }, "closed");

        String brief = String.join("\n", brief(team, "en"));

        assertTrue(brief.contains("In the last check-in (2026-05-11) transparency fell from 95.0 to 30.0"), brief);
        assertTrue(brief.contains("Share what you know now"), brief);
        assertTrue(brief.contains("Hold an open Q&A this week"), brief);
        assertFalse(brief.contains("no change larger than noise"), brief);
    }

    @Test
    void changesWithTheLastCyclesSignals() {
        List<String> fell = brief(team(new int[] { 5, 5, 5, 5, 4 }, new int[] { 2, 2, 2, 2, 3 }, "closed"), "en");
        List<String> steady = brief(team(new int[] { 4, 4, 4, 4, 4 }, new int[] { 4, 4, 4, 4, 4 }, "closed"), "en");

        assertNotEquals(fell, steady);
        String text = String.join("\n", steady);
        assertTrue(text.contains("The last check-in (2026-05-11) showed no change larger than noise."), text);
        assertTrue(text.contains("Recognise specific effort publicly"), text);
        assertFalse(text.contains("open Q&A"), text);
    }

    @Test
    void writesThePreBriefInGermanForGermanLeaders() {
        SeededTeam team = team(new int[] { 5, 5, 5, 5, 4 }, new int[] { 2, 2, 2, 2, 3 }, "closed");

        String brief = String.join("\n", brief(team, "de-AT"));

        assertTrue(brief.contains("In der letzten Runde (2026-05-11) ist die Transparenz von 95.0 auf 30.0 gesunken"),
                brief);
        assertTrue(brief.contains("Halten Sie diese Woche eine offene Fragerunde ab"), brief);
    }

    @Test
    void revealsNothingOfALastCycleBelowK() {
        // Four answers under k = 5: the report shows no numbers, so the pre-brief cannot either.
        SeededTeam team = team(new int[] { 5, 5, 5, 5, 4 }, new int[] { 2, 2, 2, 3 }, "closed");

        assertEquals(List.of(), brief(team, "en"));
    }

    @Test
    void revealsNothingOfACycleThatIsStillOpen() {
        // The drop sits in a cycle not yet released; the last released one (the first) has no earlier cycle to
        // compare with, so the pre-brief may only call it steady.
        SeededTeam team = team(new int[] { 5, 5, 5, 5, 4 }, new int[] { 2, 2, 2, 2, 3 }, "open");

        String brief = String.join("\n", brief(team, "en"));

        assertTrue(brief.contains("The last check-in (2026-05-04) showed no change larger than noise."), brief);
        assertFalse(brief.contains("transparency fell"), brief);
        assertFalse(brief.contains("30.0"), brief);
    }

    @Test
    void remindsTheLeaderToTellTheTeamAboutAnActionThisCheckInAnnounces() {
        SeededTeam team = team(new int[] { 4, 4, 4, 4, 4 }, new int[] { 4, 4, 4, 4, 4 }, "closed");
        actions.record(team.id(), "Moved the release to March");
        UUID coming = comingCycle(team);
        QuarkusTransaction.requiringNew().run(() -> actions.claimForCycle(team.id(), coming));

        String brief = String.join("\n", preBriefs.forCycle(team.id(), coming, "en"));

        assertTrue(brief.contains("This check-in tells your team what you did: \"Moved the release to March\"."),
                brief);
        assertTrue(brief.contains("Say it in person at the start of the week"), brief);
    }

    @Test
    void isEmptyWithoutAReleasedCycleOrAnAction() {
        SeededTeam team = fixtures.team("prebrief", null, 5);
        clock.setInstant(Instant.parse("2026-05-18T06:00:00Z"));

        assertEquals(List.of(), brief(team, "en"));
    }

    @Test
    void usesTheSuggestionsHrAddedToTheCatalogue() {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("signals", List.of("transparency_drop"), "text",
                        Map.of("en", "Show the board slides from Tuesday.", "de", "Zeigen Sie die Vorstandsfolien vom Dienstag.")))
                .when().post("/api/v1/reassurance-catalogue").then().statusCode(201);
        SeededTeam team = team(new int[] { 5, 5, 5, 5, 4 }, new int[] { 2, 2, 2, 2, 3 }, "closed");
        UUID coming = comingCycle(team);

        assertTrue(preBriefs.forCycle(team.id(), coming, "en").contains("Show the board slides from Tuesday."));
        assertTrue(preBriefs.forCycle(team.id(), coming, "de").contains("Zeigen Sie die Vorstandsfolien vom Dienstag."));
        assertEquals(0, Rows.count("select count(*) from reassurance_entry where signals not like '%transparency_drop%'"));
    }
}
