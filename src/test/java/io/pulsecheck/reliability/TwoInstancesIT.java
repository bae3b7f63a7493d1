package io.pulsecheck.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Two replicas of the packaged service on one database run two simulated weeks of weekly check-ins (a simulated clock
 * at {@link #SPEED} times real time, test profile only), across the EU daylight-saving change: every team gets one
 * cycle per week, never two, and every member exactly one prompt per cycle.
 */
class TwoInstancesIT {

    /** Monday 2026-03-23; the EU clocks change on Sunday 2026-03-29. */
    private static final Instant SIMULATION_START = Instant.parse("2026-03-23T00:00:00Z");
    private static final Duration SIMULATED = Duration.ofDays(14);
    /** Eight simulated hours per real second (one tick per replica every eight simulated hours): two weeks in 42 s. */
    private static final long SPEED = 8 * 3600;
    /** Real time for both replicas to start before the simulated clock begins to run. */
    private static final Duration STARTUP_ALLOWANCE = Duration.ofSeconds(50);
    private static final int MEMBERS_PER_TEAM = 30;
    private static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "America/New_York",
            "Asia/Kolkata", "Australia/Sydney");
    /** Tuesday to Saturday: each occurs exactly twice in the two weeks, in every zone. */
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    @Test
    void twoReplicasOverTwoWeeksOpenEachCycleOnceAndPromptEachMemberOncePerCycle() throws Exception {
        WireMockServer slack = new WireMockServer(options().dynamicPort().containerThreads(20));
        slack.start();
        slack.stubFor(post(urlEqualTo(FakeSlack.POST_MESSAGE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        Instant anchor = Instant.now().plus(STARTUP_ALLOWANCE);
        try (RestartablePostgres postgres = RestartablePostgres.start();
                Connection db = postgres.connect();
                PackagedService first = replica("replica-1", postgres, slack, anchor)) {
            for (int i = 0; i < WEEKDAYS.size(); i++) {
                FaultFixtures.seed(db, new FaultFixtures.WeeklyTeam("slack", "T" + i + "-", MEMBERS_PER_TEAM,
                        WEEKDAYS.get(i), "09:00", ZONES.get(i), LocalDate.of(2026, 3, 23), 2), SIMULATION_START);
            }
            PackagedService second = replica("replica-2", postgres, slack, anchor);
            try {
                assertTrue(Instant.now().isBefore(anchor), "both replicas must be up before the simulation starts");
                Instant simulationEnds = anchor.plus(SIMULATED.dividedBy(SPEED));
                Await.until(() -> Instant.now().isAfter(simulationEnds),
                        STARTUP_ALLOWANCE.plus(SIMULATED.dividedBy(SPEED)).plusSeconds(10), "two simulated weeks");
                Await.until(() -> FaultFixtures.count(db,
                        "select count(*) from outbox_message where status = 'pending'") == 0, Duration.ofSeconds(20),
                        "the outbox to drain");
                assertTrue(first.isAlive() && second.isAlive(), "both replicas ran throughout");
            } finally {
                second.close();
            }

            int teams = WEEKDAYS.size();
            int members = teams * MEMBERS_PER_TEAM;
            long cycles = FaultFixtures.count(db, "select count(*) from cycle");
            long cycleDates = FaultFixtures.count(db, "select count(distinct (schedule_id, cycle_date)) from cycle");
            long schedulesWithTwo = FaultFixtures.count(db, "select count(*) from (select schedule_id from cycle "
                    + "group by schedule_id having count(*) = 2) s");
            long closed = FaultFixtures.count(db, "select count(*) from cycle where status = 'closed'");
            Map<String, Integer> perMember = FakeSlack.requestsPerMember(slack);
            int prompts = FakeSlack.requests(slack);
            long membersWithTwo = perMember.values().stream().filter(count -> count == 2).count();
            int doubleSends = prompts - 2 * perMember.size();
            long openedByFirst = first.logLines("Opened cycle");
            long openedBySecond = second.logLines("Opened cycle");
            System.out.printf("RELIABILITY two-replicas: 2 packaged instances, one database, %d simulated days "
                    + "from %s at %d x real time, %d weekly teams in %d time zones, %d members: %d cycles (expected %d, "
                    + "%d double cycles, %d closed; opened by replica 1/2: %d/%d), %d prompts (expected %d), %d members with exactly 2, %d double "
                    + "sends (bound 0 without a crash)%n", SIMULATED.toDays(), SIMULATION_START, SPEED, teams,
                    ZONES.size(), members, cycles, 2 * teams, cycles - cycleDates, closed, openedByFirst, openedBySecond, prompts, 2 * members,
                    membersWithTwo, doubleSends);
            assertEquals(2L * teams, cycles, "one cycle per team and week");
            assertEquals(teams, schedulesWithTwo, "every team got both weeks' cycles");
            assertEquals(members, perMember.size(), "every member was asked");
            assertEquals(members, membersWithTwo, "every member got exactly one prompt per cycle");
            assertEquals(0, doubleSends);
        } finally {
            slack.stop();
        }
    }

    private static PackagedService replica(String name, RestartablePostgres postgres, WireMockServer slack,
            Instant anchor) throws Exception {
        return PackagedService.builder(name, postgres.jdbcUrl())
                .env("PULSECHECK_SIMULATED_CLOCK_START", SIMULATION_START.toString())
                .env("PULSECHECK_SIMULATED_CLOCK_ANCHOR", anchor.toString())
                .env("PULSECHECK_SIMULATED_CLOCK_SPEED", Long.toString(SPEED))
                .env("PULSECHECK_DELIVERY_WORKER_INTERVAL", "1s")
                // Leases, backoff and rate limits run on the simulated clock: two simulated days are six real seconds.
                .env("PULSECHECK_DELIVERY_WORKER_LEASE", "PT48H")
                .env("PULSECHECK_DELIVERY_REQUEST_TIMEOUT", "2s")
                .env("PULSECHECK_SLACK_API_BASE_URL", slack.baseUrl() + "/slack/api")
                .env("PULSECHECK_SLACK_BOT_TOKEN", "xoxb-fault-test").start();
    }
}
