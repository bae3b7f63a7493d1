package io.pulsecheck.responses;

import static io.pulsecheck.testing.InboundTestAccess.slackSubmit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.schedule.CycleCloser;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sealing writes a receipt and one ciphertext; only a separate job writes readable anonymous rows, in batches of at
 * least k, so no row a database reader can see pairs a person with an answer.
 */
@QuarkusTest
class UnlinkableWritesTest {

    /** Closing time given to a cycle a test closes, so closing it closes no other test's cycle. */
    private static final Instant LONG_AGO = Instant.parse("2000-01-03T00:00:00Z");

    private static final int K = 3;
    private static final List<String> IDENTITY_TABLES = List.of("receipt", "conversation", "cycle_invitation",
            "outbox_message", "inbound_request", "delivery_attempt", "person");
    private static final List<String> ANONYMOUS_TABLES = List.of("response", "answer", "free_text_answer",
            "response_comment");

    @Inject
    PendingSubmissions pending;

    @Inject
    SealingCipher cipher;

    @Inject
    CycleCloser closer;

    @Inject
    ObjectMapper json;

    @Test
    void sealingWritesNoReadableAnonymousRow() {
        Checkin checkin = checkin(2);

        submit(checkin, 0, "first comment");

        assertEquals(1, Pending.count(checkin.cycleId()));
        assertEquals(1, Rows.receipts(checkin.cycleId()));
        assertEquals(0, Rows.responses(checkin.cycleId()));
        assertEquals(0, Rows.comments(checkin.cycleId()));
        assertEquals(0, Rows.count("select count(*) from free_text_answer where cycle_id = ?1", checkin.cycleId()));
    }

    @Test
    void noTransactionOrPageIsSharedByIdentityAndAnonymousRows() {
        Checkin checkin = checkin(7);
        for (int i = 0; i < 5; i++) {
            submit(checkin, i, "comment " + i);
        }
        // A flush that fails half-way (a crash) changes nothing; the next one writes every submission once.
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            pending.flushCycle(checkin.cycleId(), false);
            throw new IllegalStateException("crash after the plaintext rows were written");
        }));
        assertEquals(5, Pending.count(checkin.cycleId()));
        assertEquals(0, Rows.responses(checkin.cycleId()));
        pending.flushDue();
        submit(checkin, 5, "comment 5");
        submit(checkin, 6, null);
        pending.flushDue();

        assertEquals(2, Pending.count(checkin.cycleId()), "two pending are fewer than k and wait");
        assertEquals(5, Rows.responses(checkin.cycleId()));
        assertEquals(5, Rows.comments(checkin.cycleId()));
        assertEquals(5, Rows.count("select count(*) from free_text_answer where cycle_id = ?1", checkin.cycleId()));
        Set<String> identity = identityTransactions();
        for (String table : ANONYMOUS_TABLES) {
            List<String> shared = Rows.list("select distinct t.xmin::text from " + table + " t where "
                    + onPageOfCycle(table), checkin.cycleId()).stream().map(row -> (String) row[0])
                    .filter(identity::contains).toList();
            assertThat(table + " rows on the cycle's pages written by an identity transaction", shared, empty());
        }
        assertThat(Rows.list("select count(*) from response where cycle_id = ?1 group by xmin", checkin.cycleId())
                .stream().map(row -> ((Number) row[0]).intValue()).toList(), everyItem(greaterThanOrEqualTo(K)));
    }

    @Test
    void pendingSubmissionIsCiphertextOnlyTheSealingKeyOpens() throws Exception {
        Checkin checkin = checkin(1);
        submit(checkin, 0, "zebra crossing tuesday");

        assertEquals(List.of("ciphertext", "cycle_id", "id"), Rows.list("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = 'sealed_submission' order by 1""")
                .stream().map(row -> (String) row[0]).toList());
        byte[] ciphertext = (byte[]) Rows.list("select ciphertext from sealed_submission where cycle_id = ?1",
                checkin.cycleId()).get(0)[0];
        String raw = new String(ciphertext, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("zebra"));
        assertFalse(raw.contains(checkin.scale().toString()));
        assertEquals(1, ciphertext[0], "key id");

        SealedContent content = json.readValue(cipher.open(SealingCipher.Purpose.SUBMISSION,
                checkin.cycleId().toString(), ciphertext), SealedContent.class);
        assertEquals("zebra crossing tuesday", content.comment());

        SealingCipher otherKey = new SealingCipher(1, "b3RoZXIgc2VjcmV0IG9mIGF0IGxlYXN0IHRoaXJ0eS10d28gYnl0ZXM=",
                List.of());
        assertThrows(SealingCipher.SealedDataException.class, () -> otherKey.open(SealingCipher.Purpose.SUBMISSION,
                checkin.cycleId().toString(), ciphertext));
        assertThrows(SealingCipher.SealedDataException.class, () -> cipher.open(SealingCipher.Purpose.SUBMISSION,
                UUID.randomUUID().toString(), ciphertext), "moved to another cycle");
    }

    @Test
    void fewerThanKPendingStayEncrypted() {
        Checkin checkin = checkin(3);
        submit(checkin, 0, null);
        submit(checkin, 1, null);

        pending.flushDue();

        assertEquals(2, Pending.count(checkin.cycleId()));
        assertEquals(0, Rows.responses(checkin.cycleId()));
    }

    @Test
    void kPendingAreWrittenInOneTransactionAndTheCiphertextDeleted() {
        Checkin checkin = checkin(3);
        for (int i = 0; i < K; i++) {
            submit(checkin, i, "comment " + i);
        }

        pending.flushDue();

        assertEquals(0, Pending.count(checkin.cycleId()));
        assertEquals(K, Rows.responses(checkin.cycleId()));
        assertEquals(1, Rows.count("""
                select count(distinct x) from (
                  select xmin::text x from response where cycle_id = ?1
                  union all select a.xmin::text from answer a join response r on r.id = a.response_id
                            where r.cycle_id = ?1
                  union all select xmin::text from free_text_answer where cycle_id = ?1
                  union all select xmin::text from response_comment where cycle_id = ?1) t""", checkin.cycleId()));
    }

    @Test
    void aBatchIsWrittenInRandomOrder() {
        int members = 12;
        Checkin checkin = checkin(members);
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            submitted.add(String.format("comment %02d", i));
            submit(checkin, i, submitted.get(i));
        }

        pending.flushDue();

        // Twelve in submission order would happen by chance once in 479 million flushes.
        List<String> stored = Rows.list("select body from response_comment where cycle_id = ?1 order by ctid",
                checkin.cycleId()).stream().map(row -> (String) row[0]).toList();
        assertEquals(new HashSet<>(submitted), new HashSet<>(stored));
        assertNotEquals(submitted, stored);
    }

    @Test
    void flushingTwiceNeverDoublesASubmission() {
        Checkin checkin = checkin(3);
        for (int i = 0; i < K; i++) {
            submit(checkin, i, null);
        }

        pending.flushDue();
        pending.flushDue();
        Pending.flush(checkin.cycleId());

        assertEquals(K, Rows.responses(checkin.cycleId()));
        assertEquals(K * 3L, Rows.answers(checkin.cycleId()));
    }

    @Test
    void closingWritesOutTheRestBeforeTheCycleIsReleased() {
        Checkin checkin = checkin(3);
        submit(checkin, 0, "only one");
        submit(checkin, 1, null);

        closeNow(checkin.cycleId());

        assertEquals(0, Pending.count(checkin.cycleId()));
        assertEquals(2, Rows.responses(checkin.cycleId()));
        assertEquals(1, Rows.comments(checkin.cycleId()));
        assertEquals(1, Rows.count("select count(*) from closed_cycle_mixed where cycle_id = ?1", checkin.cycleId()));
        assertEquals(0, Rows.receipts(checkin.cycleId()));
    }

    private void closeNow(UUID cycleId) {
        QuarkusTransaction.requiringNew().run(() -> Response.getEntityManager()
                .createNativeQuery("update cycle set closes_at = :past where id = :cycle")
                .setParameter("past", LONG_AGO).setParameter("cycle", cycleId).executeUpdate());
        closer.closeDue(LONG_AGO.plusSeconds(1));
    }

    /** An open Slack check-in that opened with k = 3 (the team's threshold, frozen on the cycle). */
    private static Checkin checkin(int members) {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", members);
        QuarkusTransaction.requiringNew().run(() -> {
            Response.getEntityManager().createNativeQuery("update team set k_threshold = :k where id = :team")
                    .setParameter("k", K).setParameter("team", checkin.teamId()).executeUpdate();
            Response.getEntityManager().createNativeQuery("update cycle set k_threshold = :k where id = :cycle")
                    .setParameter("k", K).setParameter("cycle", checkin.cycleId()).executeUpdate();
        });
        return checkin;
    }

    private static void submit(Checkin checkin, int member, String comment) {
        slackSubmit(checkin, checkin.member(member).platformUserId(), Map.of(checkin.scale(),
                Integer.toString(member % 6), checkin.yesNo(), "1", checkin.choice(), "a", checkin.freeText(),
                "free text " + member), comment);
    }

    /** Transaction ids of every identity-bearing row in the database. */
    private static Set<String> identityTransactions() {
        Set<String> ids = new HashSet<>();
        for (String table : IDENTITY_TABLES) {
            Rows.list("select distinct xmin::text from " + table).forEach(row -> ids.add((String) row[0]));
        }
        return ids;
    }

    /** Rows of the table on any heap page that holds a row of the cycle. */
    private static String onPageOfCycle(String table) {
        String ofCycle = table.equals("answer")
                ? "select a.ctid from answer a join response r on r.id = a.response_id where r.cycle_id = ?1"
                : "select ctid from " + table + " where cycle_id = ?1";
        return "(t.ctid::text::point)[0] in (select (c.ctid::text::point)[0] from (" + ofCycle + ") c)";
    }
}
