package io.pulsecheck.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * What the database holds of the submissions a cycle acknowledged: the one place that knows where an acknowledged
 * answer may live. A Submit writes a receipt (who answered) and, apart from it, the answers: plaintext responses
 * today; when sealing keeps submissions as ciphertext until a flush, the {@code sealed_submission} rows waiting for
 * it count as stored too (the table is counted whenever it exists).
 */
record AcknowledgedAnswers(long receipts, long submissions) {

    static AcknowledgedAnswers of(Connection db, UUID cycleId) throws SQLException {
        long receipts = FaultFixtures.count(db, "select count(*) from receipt where cycle_id = ?", cycleId);
        long submissions = FaultFixtures.count(db, "select count(*) from response where cycle_id = ?", cycleId);
        if (FaultFixtures.count(db, "select count(*) from information_schema.tables "
                + "where table_name = 'sealed_submission'") > 0) {
            submissions += FaultFixtures.count(db, "select count(*) from sealed_submission where cycle_id = ?",
                    cycleId);
        }
        return new AcknowledgedAnswers(receipts, submissions);
    }

    /** Acknowledged submissions of which the receipt or the answers are missing. */
    long lostOf(long acknowledged) {
        return Math.max(0, acknowledged - Math.min(receipts, submissions));
    }
}
