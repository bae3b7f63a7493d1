package io.pulsecheck.responses;

import static io.pulsecheck.testing.LeaderCheckFixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.schedule.CycleCloser;
import io.pulsecheck.testing.LeaderCheckFixtures;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The leaders' check keeps the invariants of docs/ANONYMITY.md as the members' check-ins do: answers without any
 * identity, nothing shown before the close, receipts and invitations gone at the close, the cycle's rows mixed into
 * one transaction, and thresholds frozen when the round opens.
 */
@QuarkusTest
class LeaderCheckAnonymityTest {

    private static final List<String> IDENTITY_TABLES = List.of("person", "team_member", "team_leader", "receipt",
            "conversation", "cycle_invitation", "outbox_message", "inbound_request");

    @Inject
    LeaderCheckFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    CycleCloser closer;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void leadersAnswersCarryNoIdentityAndShowOnlyOnceTheRoundIsReleased() {
        int k = fixtures.organisationK();
        UUID department = fixtures.team(null, List.of());
        UUID branch = fixtures.team(department, List.of());
        List<UUID> leaders = fixtures.teamsWithLeaders(branch, k);
        UUID schedule = fixtures.openRound(department);
        UUID cycle = fixtures.cycles(schedule).get(0);
        for (UUID leader : leaders) {
            fixtures.answer(schedule, leader, 3, 3, 3, 1);
        }
        Pending.flush(cycle);

        // Written out while the round is open: readable rows, but nothing of them in the report.
        assertEquals(k, Rows.responses(cycle));
        assertEquals(List.of(), report(schedule).getList("rounds"));
        for (Object[] row : Rows.list("select id from response where cycle_id = ?1", cycle)) {
            for (String table : IDENTITY_TABLES) {
                assertEquals(0, Rows.count("select count(*) from " + table + " t where t::text like ?1",
                        "%" + row[0] + "%"), table + " mentions a leader's response id");
            }
        }
        for (UUID leader : leaders) {
            assertEquals(0, Rows.count("""
                    select count(*) from response r join answer a on a.response_id = r.id
                    where r.cycle_id = ?1 and (r::text like ?2 or a::text like ?2)""", cycle, "%" + leader + "%"));
        }

        // The closing path itself: close after the cycle length, then release and forget.
        closer.closeDue(Instant.parse("2021-03-25T09:00:00Z"));

        assertEquals("shown", report(schedule).getString("rounds[0].leaders.status"));
        assertEquals(0, Rows.receipts(cycle), "receipts outlive the round");
        assertEquals(0, Rows.count("select count(*) from cycle_invitation where cycle_id = ?1", cycle));
        assertEquals(1, Rows.count("""
                select count(distinct x) from (
                  select xmin::text x from response where cycle_id = ?1
                  union all select a.xmin::text from answer a join response r on r.id = a.response_id
                            where r.cycle_id = ?1) t""", cycle), "the released rows are mixed into one transaction");
    }

    @Test
    void kLoweredDuringARoundAppliesFromTheNextRound() {
        int k = fixtures.organisationK();
        UUID department = fixtures.team(null, List.of());
        List<UUID> leaders = fixtures.teamsWithLeaders(department, k - 1);
        UUID schedule = fixtures.openRound(department);
        for (UUID leader : leaders) {
            fixtures.answer(schedule, leader, 4, 4, 2, 1);
        }
        try {
            fixtures.setOrganisationK(k - 1);
            fixtures.release(schedule);
            assertEquals("not_enough_responses", report(schedule).getString("rounds[0].leaders.status"));
            assertNull(report(schedule).get("rounds[0].leaders.respondents"));
        } finally {
            fixtures.setOrganisationK(k);
        }
    }
}
