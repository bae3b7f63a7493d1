package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.insights.InsightsService;
import io.pulsecheck.insights.TeamInsights;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.SqlStatementLog;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A digest run reads the reports, actions and customer signals of every due leader's teams at once and builds each
 * card from them with the code that builds one team's digest: the cards are the same as built team by team, and the
 * run's statements do not grow with the number of leaders.
 */
@QuarkusTest
class BatchedDigestTest {

    /** Monday 08:30 in Berlin; the generated cycles lie in the year before. */
    private static final Instant MONDAY = Instant.parse("2026-03-16T07:30:00Z");
    private static final LocalDate MONDAY_DATE = LocalDate.parse("2026-03-16");
    /** A digest day no other test queues digests for, so a run here builds only this test's leaders' digests. */
    private static final Instant LATER_MONDAY = Instant.parse("2026-04-20T08:30:00Z");
    private static final LocalDate FIRST_CYCLE = LocalDate.parse("2026-01-05");
    private static final String[] KEYS = { "who5_1", "who5_2", "who5_3", "who5_4", "who5_5", "pss4_1", "pss4_2",
            "pss4_3", "pss4_4", "transp_1", "transp_2", "enps" };

    @Inject
    InsightFixtures fixtures;

    @Inject
    DigestService digests;

    @Inject
    InsightsService insights;

    @Inject
    LeaderActions actions;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    @PersistenceUnitExtension
    SqlStatementLog sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void batchedReportsAndDigestsEqualThoseBuiltTeamByTeam() {
        clock.setInstant(MONDAY);
        Random random = new Random(23);
        List<UUID> teams = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            SeededTeam team = fixtures.team("batched", null, t % 2 == 0 ? 3 : 5);
            // More cycles than a trend shows for the first team, so each team's own latest twelve are taken.
            int cycles = t == 0 ? 14 : 4 + random.nextInt(6);
            for (int week = 0; week < cycles; week++) {
                boolean open = week == cycles - 1 && t % 3 == 1;
                UUID cycle = fixtures.cycle(team, FIRST_CYCLE.minusWeeks(cycles - 10L).plusWeeks(week), 9,
                        open ? "open" : "closed");
                for (int r = random.nextInt(9); r > 0; r--) {
                    fixtures.respond(team, cycle, randomAnswers(random));
                }
                for (int c = random.nextInt(5); c > 0; c--) {
                    fixtures.comment(team, cycle, "team " + t + " week " + week + " comment " + c);
                }
            }
            if (t % 2 == 1) {
                actions.record(team.id(), "Action of team " + t);
                actions.record(team.id(), "Second action of team " + t);
            }
            teams.add(team.id());
        }
        // Customer signals that moved in the reported week of two teams, so their digests have customer lines.
        LocalDate from = MONDAY_DATE.minusYears(1);
        for (UUID team : teams.subList(0, 2)) {
            importSignals(team, insights.team(team, from, MONDAY_DATE).latestReleased().cycleDate(), random);
        }

        Map<UUID, TeamInsights> batched = insights.teams(teams, from, MONDAY_DATE);
        assertEquals(teams.size(), batched.size());
        for (UUID team : teams) {
            assertEquals(insights.team(team, from, MONDAY_DATE), batched.get(team));
        }
        assertEquals(12, batched.get(teams.get(0)).cycles().size(), "the first team's trend is its latest twelve");
        for (String locale : List.of("en", "de")) {
            Map<UUID, LeaderCard> cards = digests.digestCards(teams, locale);
            for (UUID team : teams) {
                assertEquals(digests.digestCard(team, locale), cards.get(team), "team " + team + " in " + locale);
            }
        }
        assertTrue(digests.digestCards(teams, "en").values().stream()
                .anyMatch(card -> card.sections().stream().anyMatch(s -> s.heading().equals("Customer signals"))),
                "the generated data reaches the customer lines");
        assertTrue(batched.values().stream().flatMap(r -> r.cycles().stream())
                .anyMatch(c -> c.comments() != null && !c.comments().isEmpty()), "the generated data shows comments");
    }

    @Test
    void aDigestRunReadsNoMoreForSixLeadersThanForTwo() {
        clock.setInstant(LATER_MONDAY);
        // Queues whatever other tests' leaders are due on this day, so the runs below build only these leaders'.
        digests.sendDueDigests();

        subscribeLeaders(2);
        sql.start();
        int queuedForTwo = digests.sendDueDigests();
        List<String> forTwo = sql.stop();

        subscribeLeaders(6);
        sql.start();
        int queuedForSix = digests.sendDueDigests();
        List<String> forSix = sql.stop();

        assertEquals(2, queuedForTwo);
        assertEquals(6, queuedForSix);
        assertEquals(forTwo.size(), forSix.size(), "statements for two leaders " + forTwo + "\nfor six " + forSix);
        assertTrue(forSix.size() <= 20, forSix.size() + " statements: " + forSix);
    }

    /** Leaders of a team with history each, with an open action and a webhook digest subscription, in Berlin. */
    private void subscribeLeaders(int count) {
        for (int i = 0; i < count; i++) {
            SeededTeam team = fixtures.teamWithHistory("batched-run");
            String email = fixtures.leader(team.id(), "slack", InsightFixtures.unique("user"), "en", "Europe/Berlin");
            UUID person = fixtures.personId(email);
            actions.record(team.id(), "Moved the release by a week");
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    insert into digest_subscription (person_id, channel, webhook_url, updated_at)
                    values (:person, 'webhook', 'https://hooks.example.com/digest', now())
                    """).setParameter("person", person).executeUpdate());
        }
    }

    /** Customer values in the reported cycle's week and the week before, moved by far more than the digest's 5 %. */
    private static void importSignals(UUID team, LocalDate reported, Random random) {
        String week = isoWeek(reported);
        String before = isoWeek(reported.minusWeeks(1));
        int complaints = 10 + random.nextInt(10);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("signals", List.of(
                        Map.of("week", before, "metric", "complaints", "value", complaints, "sampleSize", 1000),
                        Map.of("week", week, "metric", "complaints", "value", complaints * 2, "sampleSize", 1000),
                        Map.of("week", before, "metric", "csat", "value", 4.5, "sampleSize", 300),
                        Map.of("week", week, "metric", "csat", "value", 3.1, "sampleSize", 300))))
                .when().post("/api/v1/teams/{id}/customer-signals", team).then().statusCode(200);
    }

    private static String isoWeek(LocalDate date) {
        return String.format("%d-W%02d", date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Every item answered with a random value of its scale, or skipped one time in six. */
    private static Map<String, Integer> randomAnswers(Random random) {
        Map<String, Integer> answers = new HashMap<>();
        for (String key : KEYS) {
            if (random.nextInt(6) == 0) {
                continue;
            }
            answers.put(key, key.startsWith("who5") ? random.nextInt(6)
                    : key.equals("enps") ? random.nextInt(11) : 1 + random.nextInt(5));
        }
        return answers;
    }
}
