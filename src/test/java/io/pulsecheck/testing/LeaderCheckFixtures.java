package io.pulsecheck.testing;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.schedule.CheckInTick;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An organisation of departments and teams with one leader each, a leaders' check of one department created over the
 * API, its round opened by the scheduler's tick, leaders answering the built-in {@code leader-check} set through
 * sealing, and the round released the way closing does.
 */
@ApplicationScoped
public class LeaderCheckFixtures {

    /** The built-in leader-check set (V93) and its questions. */
    public static final String LEADER_CHECK_SET = "66809ae2-4314-4af9-8d46-cb54697aad65";
    public static final UUID ENERGY = UUID.fromString("5f1c5a7d-3065-4bbf-8b2d-7c2a3cccf83d");
    public static final UUID SWITCH_OFF = UUID.fromString("48d253f5-95bf-403c-baf2-216ba88069cd");
    public static final UUID STRAIN = UUID.fromString("83f2fc64-41a0-4114-9b3b-0e6248e1893b");
    public static final UUID SUPPORT = UUID.fromString("8199b249-f38f-473a-ab59-1205522ed09c");

    /** Monday 2021-03-22, 09:00 in Berlin, when the rounds below open. */
    public static final LocalDate MONDAY = LocalDate.of(2021, 3, 22);
    private static final Instant OPENS = Instant.parse("2021-03-22T08:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2021-03-22T12:00:00Z");
    private static final Instant CREATED = Instant.parse("2020-01-01T00:00:00Z");

    @Inject
    EntityManager em;

    @Inject
    CheckInTick tick;

    @Inject
    SealingService sealing;

    @Inject
    TestClock clock;

    /** A team (or department) under the parent (null: a root), led by the given people, without members. */
    @Transactional
    public UUID team(UUID parentId, List<UUID> leaders) {
        Team team = new Team();
        team.name = "Leaders " + UUID.randomUUID();
        team.createdAt = CREATED;
        team.parent = parentId == null ? null : Team.findById(parentId);
        for (UUID leader : leaders) {
            team.leaders.add(Person.findById(leader));
        }
        team.persist();
        return team.id;
    }

    @Transactional
    public UUID leader() {
        Person person = new Person();
        person.displayName = "Leader " + UUID.randomUUID();
        person.platform = PlatformId.SLACK;
        person.platformUserId = "u" + UUID.randomUUID().toString().replace("-", "");
        person.timeZone = "Europe/Berlin";
        person.locale = "de";
        person.createdAt = CREATED;
        person.persist();
        return person.id;
    }

    /** A leader whom only the web check-in reaches, by email, in German. */
    @Transactional
    public UUID webLeader(String email) {
        Person person = new Person();
        person.displayName = "Leader " + UUID.randomUUID();
        person.email = email;
        person.platform = PlatformId.WEB;
        person.timeZone = "Europe/Berlin";
        person.locale = "de";
        person.createdAt = CREATED;
        person.persist();
        return person.id;
    }

    /** A department under the parent with {@code teams} teams, each led by a leader of its own; returns the leaders. */
    public List<UUID> teamsWithLeaders(UUID departmentId, int teams) {
        List<UUID> leaders = new ArrayList<>();
        for (int i = 0; i < teams; i++) {
            UUID leader = leader();
            team(departmentId, List.of(leader));
            leaders.add(leader);
        }
        return leaders;
    }

    /** The teams the people lead. */
    @Transactional
    public List<UUID> teamsLedBy(List<UUID> leaders) {
        return em.createQuery("select distinct t.id from Team t join t.leaders l where l.id in :leaders", UUID.class)
                .setParameter("leaders", leaders).getResultList();
    }

    /** The body of a weekly Monday 09:00 Berlin leaders' check of the node (null: the organisation). */
    public static Map<String, Object> leadersSchedule(UUID nodeId) {
        Map<String, Object> body = new HashMap<>(Map.of("questionSetId", LEADER_CHECK_SET, "rotationSize", 4,
                "cadence", "weekly", "weekday", "MONDAY", "localTime", "09:00", "timeZone", "Europe/Berlin",
                "cycleLengthDays", 3, "channel", "slack", "audience", "leaders", "startsOn", "2021-03-01"));
        if (nodeId != null) {
            body.put("teamId", nodeId.toString());
        }
        return body;
    }

    /** Creates the node's leaders' check over the API and lets the scheduler open its first round. */
    public UUID openRound(UUID nodeId) {
        String id = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(leadersSchedule(nodeId)).when().post("/api/v1/schedules")
                .then().statusCode(201).extract().path("id");
        tick.runCycles(OPENS);
        return UUID.fromString(id);
    }

    /** The round's cycles, one per cohort. */
    @Transactional
    public List<UUID> cycles(UUID scheduleId) {
        return em.createQuery("select c.id from Cycle c where c.schedule.id = :s order by c.id", UUID.class)
                .setParameter("s", scheduleId).getResultList();
    }

    /** The cycle that asks the leader (the one of their cohort). */
    @Transactional
    public UUID cycleOf(UUID scheduleId, UUID leaderId) {
        return (UUID) em.createNativeQuery("""
                select i.cycle_id from cycle_invitation i join cycle c on c.id = i.cycle_id
                where c.schedule_id = :s and i.person_id = :p
                """).setParameter("s", scheduleId).setParameter("p", leaderId).getSingleResult();
    }

    /** The team a leaders' cycle reports its cohort under. */
    @Transactional
    public UUID cohortOf(UUID cycleId) {
        return (UUID) em.createNativeQuery("select team_id from cycle where id = :c").setParameter("c", cycleId)
                .getSingleResult();
    }

    /** The organisation's k of today, which a round opening now freezes. */
    @Transactional
    public int organisationK() {
        return ((Number) em.createNativeQuery("select k_threshold from org_settings where id = 1").getSingleResult())
                .intValue();
    }

    /** Sets the organisation's k as HR would (tests restore it). */
    @Transactional
    public void setOrganisationK(int k) {
        em.createNativeQuery("update org_settings set k_threshold = :k where id = 1").setParameter("k", k)
                .executeUpdate();
    }

    /** The k frozen on the round. */
    @Transactional
    public int k(UUID scheduleId) {
        return ((Number) em.createNativeQuery("select max(k_threshold) from cycle where schedule_id = :s")
                .setParameter("s", scheduleId).getSingleResult()).intValue();
    }

    /** The leader answers energy, switching off and strain (1..5) and support (yes = 1) while the round is open. */
    public void answer(UUID scheduleId, UUID leaderId, int energy, int switchOff, int strain, int support) {
        UUID cycle = cycleOf(scheduleId, leaderId);
        clock.setInstant(ANSWERED);
        QuarkusTransaction.requiringNew().run(() -> sealing.seal(new Submission(cycle, leaderId, List.of(
                new Submission.RawAnswer(ENERGY, String.valueOf(energy), "answers[0].value"),
                new Submission.RawAnswer(SWITCH_OFF, String.valueOf(switchOff), "answers[1].value"),
                new Submission.RawAnswer(STRAIN, String.valueOf(strain), "answers[2].value"),
                new Submission.RawAnswer(SUPPORT, String.valueOf(support), "answers[3].value")), null)));
    }

    /** Closes and mixes every cycle of the round, as the closing path does. */
    public void release(UUID scheduleId) {
        cycles(scheduleId).forEach(ReleasedCycles::release);
    }

    /** The leaders' report of the round's month, as HR reads it. */
    public static JsonPath report(UUID scheduleId) {
        return given().config(JsonNumbers.DOUBLES).auth().oauth2(TestTokens.hrAdmin())
                .queryParam("from", "2021-03-01").queryParam("to", "2021-03-31")
                .queryParam("scheduleId", scheduleId.toString())
                .when().get("/api/v1/insights/leaders")
                .then().statusCode(200).extract().jsonPath();
    }
}
