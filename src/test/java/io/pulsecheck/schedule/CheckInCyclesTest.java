package io.pulsecheck.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.teams.Person;
import io.quarkus.test.junit.QuarkusTest;

/** Cycles open once, remind once (never at night), close on time, and skip people and schedules that must not be asked. */
@QuarkusTest
class CheckInCyclesTest extends CheckInTestBase {

    /** 09:00 in Berlin on {@link #MONDAY}. */
    private static final String NINE_BERLIN = "2021-03-22T08:00:00Z";

    private int slackMessagesTo(UUID person) {
        return slackMessagesTo(fixtures.platformUserId(person));
    }

    private UUID berliner() {
        return fixtures.person(PlatformId.SLACK, "Europe/Berlin", "en");
    }

    @Test
    void leaderGetsReassurancePromptBeforeTheTeam() {
        UUID member = berliner();
        UUID leader = berliner();
        UUID team = fixtures.team(List.of(member), List.of(leader));
        UUID schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        fixtures.update(schedule, s -> s.leaderPromptEnabled = true);

        tickAt("2021-03-22T05:59:59Z");
        assertEquals(0, slackMessagesTo(leader));

        tickAt("2021-03-22T06:00:00Z");
        assertEquals(1, slackMessagesTo(leader), "two hours before the first member prompt");
        assertEquals(0, slackMessagesTo(member));
        wiremock.verify(postRequestedFor(urlEqualTo(SLACK))
                .withRequestBody(matchingJsonPath("$.channel", equalTo(fixtures.platformUserId(leader))))
                .withRequestBody(matchingJsonPath("$.text", containing(
                        "Your team " + fixtures.teamName(team) + " gets its check-in on 2021-03-22")))
                .withRequestBody(matchingJsonPath("$.text", containing("I have felt cheerful and in good spirits")))
                .withRequestBody(matchingJsonPath("$.text", containing("invite questions"))));

        tickAt(NINE_BERLIN);
        assertEquals(1, slackMessagesTo(member));
        assertEquals(1, slackMessagesTo(leader), "the leader prompt goes out once");
    }

    @Test
    void noLeaderPromptWhenTheScheduleDisablesIt() {
        UUID member = berliner();
        UUID leader = berliner();
        UUID team = fixtures.team(List.of(member), List.of(leader));
        fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);

        tickAt(NINE_BERLIN);

        assertEquals(1, slackMessagesTo(member));
        assertEquals(0, slackMessagesTo(leader));
    }

    @Test
    void remindsNonRespondersOnceAndNotAtNight() {
        UUID silent = berliner();
        UUID answered = berliner();
        UUID team = fixtures.team(List.of(silent, answered), List.of());
        UUID schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        fixtures.update(schedule, s -> {
            s.reminderAfterHours = 12;
            s.cycleLengthDays = 3;
        });

        tickAt(NINE_BERLIN);
        UUID cycle = fixtures.cycles(schedule).get(0).id;
        fixtures.execute("insert into receipt (cycle_id, person_id) values (?1, ?2)", cycle, answered);

        tickAt("2021-03-22T20:00:00Z");
        assertEquals(1, slackMessagesTo(silent), "12 hours later it is 21:00 in Berlin: no reminder at night");
        tickAt("2021-03-23T06:59:59Z");
        assertEquals(1, slackMessagesTo(silent));

        tickAt("2021-03-23T07:00:00Z");
        assertEquals(2, slackMessagesTo(silent), "the reminder goes out at 08:00 local time");
        wiremock.verify(postRequestedFor(urlEqualTo(SLACK))
                .withRequestBody(matchingJsonPath("$.channel", equalTo(fixtures.platformUserId(silent))))
                .withRequestBody(matchingJsonPath("$.text", containing("A friendly reminder"))));
        assertEquals(1, slackMessagesTo(answered), "who answered is not reminded");

        tickAt("2021-03-24T09:00:00Z");
        assertEquals(2, slackMessagesTo(silent), "one reminder only");
    }

    @Test
    void doesNotPromptSomeoneWhoAnsweredBeforeTheirLocalSendTime() {
        UUID berlin = berliner();
        UUID newYork = fixtures.person(PlatformId.SLACK, "America/New_York", "en");
        UUID team = fixtures.team(List.of(berlin, newYork), List.of());
        UUID schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);

        tickAt(NINE_BERLIN);
        UUID cycle = fixtures.cycles(schedule).get(0).id;
        fixtures.execute("insert into receipt (cycle_id, person_id) values (?1, ?2)", cycle, newYork);
        tickAt("2021-03-22T13:00:00Z");

        assertEquals(0, slackMessagesTo(newYork), "09:00 in New York, but the check-in is answered already");
        assertEquals(1, slackMessagesTo(berlin));
    }

    @Test
    void asksNobodyWhoOptedOutWasErasedOrPaused() {
        UUID active = berliner();
        UUID optedOut = berliner();
        UUID erased = berliner();
        UUID paused = berliner();
        UUID team = fixtures.team(List.of(active, optedOut, erased, paused), List.of());
        fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        fixtures.updatePerson(optedOut, p -> p.status = Person.Status.opted_out);
        fixtures.updatePerson(erased, p -> p.status = Person.Status.erased);
        fixtures.updatePerson(paused, p -> {
            p.status = Person.Status.paused;
            p.pausedUntil = MONDAY.plusDays(3);
        });

        tickAt(NINE_BERLIN);

        assertEquals(1, slackMessagesTo(active));
        assertEquals(0, slackMessagesTo(optedOut));
        assertEquals(0, slackMessagesTo(erased));
        assertEquals(0, slackMessagesTo(paused));
    }

    @Test
    void optingOutAfterTheCycleOpenedStillStopsThePrompt() {
        UUID member = fixtures.person(PlatformId.SLACK, "America/New_York", "en");
        UUID team = fixtures.team(List.of(member), List.of());
        fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);

        tickAt("2021-03-22T12:00:00Z");
        fixtures.updatePerson(member, p -> p.status = Person.Status.opted_out);
        tickAt("2021-03-22T13:00:00Z");

        assertEquals(0, slackMessagesTo(member));
    }

    @Test
    void sendsNothingForAPausedSchedule() {
        UUID member = berliner();
        UUID team = fixtures.team(List.of(member), List.of());
        UUID schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        fixtures.update(schedule, s -> s.paused = true);

        tickAt(NINE_BERLIN);

        assertEquals(0, slackMessagesTo(member));
        assertEquals(0, fixtures.cycles(schedule).size());
    }

    @Test
    void concurrentTicksOpenOneCycleAndQueueEachPromptOnce() throws Exception {
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            members.add(berliner());
        }
        UUID team = fixtures.team(members, List.of());
        UUID schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        Instant now = Instant.parse(NINE_BERLIN);

        RacingTicks.run(tick, now, 4);

        List<Cycle> cycles = fixtures.cycles(schedule);
        assertEquals(1, cycles.size());
        assertEquals(30, fixtures.count("select count(*) from outbox_message where dedup_key like ?1",
                "prompt:" + cycles.get(0).id + ":%"));
        assertEquals(30, fixtures.count("select count(*) from cycle_invitation where cycle_id = ?1 and prompted",
                cycles.get(0).id));
    }

    @Test
    void closingACycleDeletesItsIdentityLinkedStateAndUnsentPrompts() {
        UUID member = berliner();
        UUID team = fixtures.team(List.of(member), List.of());
        UUID schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        tick.runCycles(Instant.parse(NINE_BERLIN));
        UUID cycle = fixtures.cycles(schedule).get(0).id;
        fixtures.execute("insert into conversation (id, cycle_id, person_id, channel, state, updated_at) "
                + "values (?1, ?2, ?3, 'slack', cast('{}' as jsonb), timestamptz '2021-03-22 08:00:00+00')",
                UUID.randomUUID(), cycle, member);
        assertEquals(1, fixtures.count("select count(*) from outbox_message where status = 'pending' and dedup_key = ?1",
                "prompt:" + cycle + ":" + member));

        tick.runCycles(Instant.parse("2021-03-23T08:00:00Z"));

        assertEquals(Cycle.Status.closed, fixtures.cycles(schedule).get(0).status);
        assertEquals(0, fixtures.count("select count(*) from cycle_invitation where cycle_id = ?1", cycle));
        assertEquals(0, fixtures.count("select count(*) from conversation where cycle_id = ?1", cycle));
        assertEquals(0, fixtures.count("select count(*) from outbox_message where dedup_key = ?1",
                "prompt:" + cycle + ":" + member));
    }

    @Test
    void rotationAsksTheNextQuestionsEachCycle() {
        UUID member = berliner();
        UUID team = fixtures.team(List.of(member), List.of());
        UUID set = fixtures.questionSet();
        UUID schedule = fixtures.weeklySchedule(team, set, MONDAY);
        fixtures.update(schedule, s -> s.rotationSize = 3);
        List<UUID> q = fixtures.questionIds(set);

        tick.runCycles(Instant.parse(NINE_BERLIN));
        tick.runCycles(Instant.parse("2021-03-29T07:00:00Z"));

        List<Cycle> cycles = fixtures.cycles(schedule);
        assertEquals(List.of(q.get(0), q.get(1), q.get(2)), fixtures.cycleQuestionIds(cycles.get(0).id));
        assertEquals(List.of(q.get(3), q.get(0), q.get(1)), fixtures.cycleQuestionIds(cycles.get(1).id));
    }
}
