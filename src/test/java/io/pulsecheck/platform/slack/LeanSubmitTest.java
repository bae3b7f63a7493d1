package io.pulsecheck.platform.slack;

import static io.pulsecheck.testing.SignedRequests.slackSubmitPayload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.pulsecheck.testing.SqlStatementLog;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

/** A Submit does only the database work it needs; every submission is still stored. */
@QuarkusTest
class LeanSubmitTest {

    @Inject
    @PersistenceUnitExtension
    SqlStatementLog sql;

    private static Map<UUID, String> scaleOnly(Checkin checkin) {
        return Map.of(checkin.scale(), "4", checkin.yesNo(), "1");
    }

    @Test
    void aSecondSubmitToTheSameCycleReadsNoQuestions() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 2);
        SignedRequests.slackInteraction(slackSubmitPayload(checkin.cycleId(), checkin.member(0).platformUserId(),
                scaleOnly(checkin), null)).then().statusCode(200);

        sql.start();
        SignedRequests.slackInteraction(slackSubmitPayload(checkin.cycleId(), checkin.member(1).platformUserId(),
                scaleOnly(checkin), null)).then().statusCode(200);
        List<String> statements = sql.stop();

        assertEquals(2, Rows.receipts(checkin.cycleId()));
        assertTrue(statements.stream().noneMatch(s -> s.contains("cycle_question") || s.contains("from question")),
                "the cycle's questions are known: " + statements);
    }

    @Test
    void aSubmitWithoutFreeTextDoesNotReadTheRoster() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);

        sql.start();
        SignedRequests.slackInteraction(slackSubmitPayload(checkin.cycleId(), checkin.member(0).platformUserId(),
                scaleOnly(checkin), null)).then().statusCode(200);
        List<String> statements = sql.stop();

        assertEquals(1, Rows.receipts(checkin.cycleId()));
        // The scrubber's roster reads: the fingerprint of the roster's names, and the names themselves.
        assertTrue(statements.stream().noneMatch(s -> s.contains("hashtextextended(display_name")
                || s.contains("display_name is not null")),
                "no free text to scrub of names: " + statements);
    }
}
