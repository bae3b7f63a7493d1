package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Department heads get a digest of their departments, executives the organisation digest; both keep the guards. */
@QuarkusTest
class LevelDigestTest {

    private static final LocalDate CYCLE = LocalDate.parse("2026-05-11");
    private static final String MONDAY = "2026-05-18";

    @Inject
    InsightFixtures fixtures;

    @Inject
    DigestService digests;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * A department with its k and two teams (k = 5) whose closed cycles had these many respondents (WHO-5 items 4 and
     * 1).
     */
    private SeededTeam[] department(int departmentK, int first, int second) {
        SeededTeam department = fixtures.team("dept", null, departmentK);
        SeededTeam a = fixtures.team("alpha", department.id(), 5);
        SeededTeam b = fixtures.team("beta", department.id(), 5);
        UUID cycleA = fixtures.cycle(a, CYCLE, 6, "closed");
        UUID cycleB = fixtures.cycle(b, CYCLE, 6, "closed");
        for (int i = 0; i < first; i++) {
            fixtures.respondWellbeing(a, cycleA, 4);
        }
        for (int i = 0; i < second; i++) {
            fixtures.respondWellbeing(b, cycleB, 1);
        }
        return new SeededTeam[] { department, a, b };
    }

    private String subscribe(UUID teamId, String locale, Boolean organisation) {
        String email = fixtures.leader(teamId, "slack", InsightFixtures.unique("U"), locale, "Europe/Berlin");
        String personId = fixtures.personId(email).toString();
        subscribe(personId, organisation);
        return personId;
    }

    private static void subscribe(String personId, Boolean organisation) {
        Map<String, Object> body = organisation == null ? Map.of("channel", "slack")
                : Map.of("channel", "slack", "organisationDigest", organisation);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/digest-subscriptions/{id}", personId).then().statusCode(200);
    }

    private String queued(String key) {
        return fixtures.queued(key).orElseThrow(() -> new AssertionError("nothing queued as " + key)).payload();
    }

    @Test
    void departmentHeadsDigestSuppressesTheRollUpThatDifferencingWouldReveal() {
        // The department's k is 8: its 10 answers reach it, but minus alpha's shown 5 they leave 5, a group below 8.
        SeededTeam[] teams = department(8, 5, 5);
        String head = subscribe(teams[0].id(), "en", null);
        clock.setInstant(Instant.parse(MONDAY + "T10:00:00Z"));

        digests.sendDueDigests();

        String card = queued("digest:" + head + ":department:" + teams[0].id() + ":" + MONDAY);
        assertTrue(card.contains("Department digest: " + teams[0].name()), card);
        assertTrue(card.contains("no numbers, they would reveal a smaller group by subtraction"), card);
        assertTrue(card.contains(teams[1].name() + ": Well-being 80.0"), card);
        // Neither the roll-up's count nor its mean over all ten (50.0) appears.
        assertFalse(card.contains("10 answers"), card);
        assertFalse(card.contains("50.0"), card);
    }

    @Test
    void departmentHeadsDigestShowsTheRollUpWhenNoSubtractionRevealsASmallGroup() {
        SeededTeam[] teams = department(5, 5, 5);
        String head = subscribe(teams[0].id(), "en", null);
        clock.setInstant(Instant.parse(MONDAY + "T10:00:00Z"));

        digests.sendDueDigests();

        String card = queued("digest:" + head + ":department:" + teams[0].id() + ":" + MONDAY);
        assertTrue(card.contains("10 answers"), card);
        assertTrue(card.contains("50.0"), card);
        assertTrue(card.contains(teams[2].name() + ": Well-being 20.0"), card);
    }

    @Test
    void writesTheDepartmentDigestInGerman() {
        SeededTeam[] teams = department(8, 5, 2);
        String head = subscribe(teams[0].id(), "de", null);
        clock.setInstant(Instant.parse(MONDAY + "T10:00:00Z"));

        digests.sendDueDigests();

        String card = queued("digest:" + head + ":department:" + teams[0].id() + ":" + MONDAY);
        assertTrue(card.contains("Bereichsübersicht: " + teams[0].name()), card);
        assertTrue(card.contains("keine Zahlen, zu wenige Antworten"), card);
        // Beta's cycle stayed below k, so it counts nowhere.
        assertTrue(card.contains(teams[2].name() + ": noch keine Runde mit genügend Antworten"), card);
    }

    @Test
    void aLeaderOfATeamWithoutSubTeamsGetsNoDepartmentDigest() {
        SeededTeam[] teams = department(5, 5, 5);
        String leader = subscribe(teams[1].id(), "en", null);
        clock.setInstant(Instant.parse(MONDAY + "T10:00:00Z"));

        digests.sendDueDigests();

        assertTrue(fixtures.queued("digest:" + leader + ":" + teams[1].id() + ":" + MONDAY).isPresent());
        assertEquals(0L, fixtures.countQueued("digest:" + leader + ":department:%"));
        assertEquals(0L, fixtures.countQueued("digest:" + leader + ":organisation:%"));
    }

    @Test
    void hrSubscribesAnExecutiveWhoLeadsNoTeamToTheOrganisationDigest() {
        SeededTeam[] teams = department(8, 5, 5);
        String executive = executive();
        subscribe(executive, true);
        clock.setInstant(Instant.parse(MONDAY + "T10:00:00Z"));

        digests.sendDueDigests();

        String card = queued("digest:" + executive + ":organisation:" + MONDAY);
        assertTrue(card.contains("Organisation digest"), card);
        assertTrue(card.contains(teams[0].name() + ": no numbers: they would reveal a smaller group by subtraction"),
                card);
        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/digest-subscriptions/{id}", executive)
                .then().statusCode(200).body("organisationDigest", equalTo(true));
    }

    @Test
    void refusesASubscriptionForSomeoneWhoLeadsNoTeamWithoutTheOrganisationDigest() {
        String executive = executive();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "slack", "organisationDigest", false))
                .when().put("/api/v1/digest-subscriptions/{id}", executive).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("personId"));
    }

    /** A person on Slack who leads no team. */
    private String executive() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into person (id, display_name, email, platform, platform_user_id, locale, time_zone, created_at)
                values (:id, 'Eva Executive', :email, 'slack', :user, 'en', 'Europe/Berlin', now())
                """).setParameter("id", id).setParameter("email", InsightFixtures.unique("exec") + "@example.com")
                .setParameter("user", InsightFixtures.unique("U")).executeUpdate());
        return id.toString();
    }

    /** All five trust items answered with {@code value}; item 5 is reverse-scored, so it gets {@code 6 - value}. */
    private static Map<String, Object> trust(int value) {
        Map<String, Object> answers = new java.util.HashMap<>();
        for (int i = 1; i <= 4; i++) {
            answers.put("trust_" + i, value);
        }
        answers.put("trust_5", 6 - value);
        return answers;
    }

    @Test
    void departmentHeadsDigestShowsTrustAndWorkloadOfTheDepartment() {
        SeededTeam department = fixtures.team("dept-dims", null, 5);
        SeededTeam leadership = fixtures.asking(fixtures.team("trusting", department.id(), 5), "trust-in-leadership", 1);
        SeededTeam pulse = fixtures.asking(fixtures.team("pulsing", department.id(), 5), "weekly-pulse", 2);
        UUID trustCycle = fixtures.cycle(leadership, CYCLE, 6, "closed");
        UUID pulseCycle = fixtures.cycle(pulse, CYCLE, 6, "closed");
        String[] workload = { "too_high", "too_high", "about_right", "about_right", "about_right" };
        for (int i = 0; i < 5; i++) {
            fixtures.respondAny(leadership, trustCycle, trust(4));
            fixtures.respondAny(pulse, pulseCycle, Map.of("pulse_workload", workload[i]));
        }
        String head = subscribe(department.id(), "en", null);
        clock.setInstant(Instant.parse(MONDAY + "T10:00:00Z"));

        digests.sendDueDigests();

        String card = queued("digest:" + head + ":department:" + department.id() + ":" + MONDAY);
        assertTrue(card.contains("Further dimensions"), card);
        assertTrue(card.contains("Trust in leadership: 75.0"), card);
        assertTrue(card.contains("Workload: about right 60.0% · too high 40.0%"), card);
        assertTrue(card.contains(leadership.name() + ": Trust in leadership 75.0"), card);
        assertTrue(card.contains(pulse.name() + ": Workload about right 60.0% · too high 40.0%"), card);
    }

    @Test
    void departmentHeadsDigestHidesADimensionTheDifferencingGuardSuppresses() {
        // 12 answered, but only 3 of the small team answered trust: the department's trust (9 answers) minus the big
        // team's shown 6 would reveal those 3 inside a k-5 department.
        SeededTeam department = fixtures.team("dept-guard", null, 5);
        SeededTeam big = fixtures.asking(fixtures.team("big", department.id(), 5), "trust-in-leadership", 1);
        SeededTeam small = fixtures.asking(fixtures.team("small", department.id(), 3), "trust-in-leadership", 1);
        UUID bigCycle = fixtures.cycle(big, CYCLE, 6, "closed");
        UUID smallCycle = fixtures.cycle(small, CYCLE, 6, "closed");
        for (int i = 0; i < 6; i++) {
            fixtures.respondAny(big, bigCycle, trust(4));
            fixtures.respondAny(small, smallCycle, i < 3 ? trust(1) : Map.of());
        }
        String head = subscribe(department.id(), "en", null);
        clock.setInstant(Instant.parse(MONDAY + "T10:00:00Z"));

        digests.sendDueDigests();

        String card = queued("digest:" + head + ":department:" + department.id() + ":" + MONDAY);
        assertTrue(card.contains("12 answers"), card);
        assertTrue(card.contains("Trust in leadership: no numbers: they would reveal a smaller group by subtraction"),
                card);
        assertTrue(card.contains(big.name() + ": Trust in leadership 75.0"), card);
        // The department's trust over all nine (50.0) appears nowhere.
        assertFalse(card.contains("50.0"), card);
    }

    @Test
    void writesTheFurtherDimensionsOfTheDepartmentDigestInGerman() {
        SeededTeam department = fixtures.team("dept-de", null, 5);
        SeededTeam pulse = fixtures.asking(fixtures.team("puls", department.id(), 5), "weekly-pulse", 2);
        UUID pulseCycle = fixtures.cycle(pulse, CYCLE, 6, "closed");
        for (int i = 0; i < 5; i++) {
            fixtures.respondAny(pulse, pulseCycle, Map.of("pulse_recognition", 1));
        }
        String head = subscribe(department.id(), "de", null);
        clock.setInstant(Instant.parse(MONDAY + "T10:00:00Z"));

        digests.sendDueDigests();

        String card = queued("digest:" + head + ":department:" + department.id() + ":" + MONDAY);
        assertTrue(card.contains("Weitere Dimensionen"), card);
        assertTrue(card.contains("Anerkennung: 100.0"), card);
    }
}
