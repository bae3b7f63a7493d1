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
}
