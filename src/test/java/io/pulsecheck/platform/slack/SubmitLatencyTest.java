package io.pulsecheck.platform.slack;

import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static io.pulsecheck.testing.SignedRequests.slackSubmitPayload;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.pulsecheck.testing.SqlStatementLog;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

/** A whole team submits through Slack; every answer is stored once. Prints acknowledgement times, asserts none. */
@QuarkusTest
class SubmitLatencyTest {

    private static final int MEMBERS = 150;

    @Inject
    @PersistenceUnitExtension
    SqlStatementLog sql;

    @Test
    void wholeTeamSubmitsAndEachSubmissionIsStoredOnce() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", MEMBERS);
        long[] micros = new long[MEMBERS];
        sql.start();
        for (int i = 0; i < MEMBERS; i++) {
            String payload = slackSubmitPayload(checkin.cycleId(), checkin.member(i).platformUserId(),
                    fullAnswers(checkin), i % 3 == 0 ? "comment " + i : null);
            long started = System.nanoTime();
            SignedRequests.slackInteraction(payload).then().statusCode(200);
            micros[i] = (System.nanoTime() - started) / 1000;
        }
        int statements = sql.stop().size();

        Pending.flush(checkin.cycleId());
        assertEquals(MEMBERS, Rows.responses(checkin.cycleId()));
        assertEquals(MEMBERS, Rows.receipts(checkin.cycleId()));
        assertEquals(MEMBERS * 3L, Rows.answers(checkin.cycleId()));
        assertEquals(MEMBERS, Rows.count("select count(*) from free_text_answer where cycle_id = ?1",
                checkin.cycleId()));
        assertEquals(MEMBERS / 3, Rows.comments(checkin.cycleId()));
        Arrays.sort(micros);
        System.out.printf("slack submit acknowledgement over HTTP: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n",
                MEMBERS, micros[MEMBERS / 2] / 1000.0, micros[MEMBERS * 95 / 100] / 1000.0,
                micros[MEMBERS - 1] / 1000.0);
        System.out.printf("slack submit: %.1f SQL statements per Submit through Hibernate (n=%d)%n",
                (double) statements / MEMBERS, MEMBERS);
    }
}
