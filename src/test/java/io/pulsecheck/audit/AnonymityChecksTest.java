package io.pulsecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.pulsecheck.audit.InvariantCheck.Outcome;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each live anonymity check holds on a clean database and fails when a test breaks its invariant. Every test runs in
 * one transaction that is rolled back: it first empties the tables other tests fill (so their rows do not count),
 * then breaks the invariant by SQL, schema changes included; nothing of it survives the test.
 */
@QuarkusTest
class AnonymityChecksTest {

    private static final List<String> LIVE_TABLES = List.of("answer", "response", "response_comment",
            "free_text_answer", "sealed_submission", "receipt", "conversation", "cycle_invitation", "outbox_message",
            "inbound_request");

    @Inject
    AnonymityChecks checks;

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void passesEveryCheckOnACleanDatabase() {
        emptyLiveTables();

        AnonymityReport report = checks.run();

        assertTrue(report.passed(), () -> report.checks().toString());
        assertEquals(List.of("no-identity-column", "no-identity-foreign-key", "no-time-finer-than-a-date",
                "no-shared-transaction", "no-readable-pending-submission", "thresholds-in-range",
                "receipts-only-while-open", "no-trail-after-release"),
                report.checks().stream().map(InvariantCheck::name).toList());
        assertTrue(report.checks().stream().noneMatch(check -> check.outcome() == Outcome.fail));
    }

    @Test
    @TestTransaction
    void failsWhenAnAnonymousTableGainsAnIdentityColumn() {
        emptyLiveTables();
        sql("alter table response_comment add column author_email text");

        InvariantCheck check = check("no-identity-column");

        assertEquals(Outcome.fail, check.outcome());
        assertEquals(1, check.count());
        assertEquals("response_comment.author_email", check.detail());
    }

    @Test
    @TestTransaction
    void failsWhenAnAnonymousTableReferencesPeople() {
        emptyLiveTables();
        sql("alter table response add column submitted_by uuid references person (id)");

        InvariantCheck check = check("no-identity-foreign-key");

        assertEquals(Outcome.fail, check.outcome());
        assertEquals("response -> person", check.detail());
    }

    @Test
    @TestTransaction
    void failsWhenAnAnonymousTableStoresATimestamp() {
        emptyLiveTables();
        sql("alter table answer add column stored_at timestamptz");

        InvariantCheck check = check("no-time-finer-than-a-date");

        assertEquals(Outcome.fail, check.outcome());
        assertEquals("answer.stored_at", check.detail());
    }

    @Test
    @TestTransaction
    void failsWhenAReceiptAndAResponseAreWrittenInOneTransaction() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 2);
        emptyLiveTables();
        assertEquals(Outcome.pass, check("no-shared-transaction").outcome());

        // As sealing did before submissions were sealed as ciphertext: receipt and response together.
        sql("insert into receipt (cycle_id, person_id) values ('" + checkin.cycleId() + "', '"
                + checkin.member(0).id() + "')");
        insertResponse(checkin);

        InvariantCheck check = check("no-shared-transaction");
        assertEquals(Outcome.fail, check.outcome());
        assertEquals(1, check.count());
    }

    @Test
    @TestTransaction
    void reportsPendingSubmissionsNotApplicableWithoutTheirTable() {
        emptyLiveTables();
        sql("drop table if exists sealed_submission cascade");

        assertEquals(Outcome.not_applicable, check("no-readable-pending-submission").outcome());
    }

    @Test
    @TestTransaction
    void failsOnAPendingSubmissionStoredAsReadableText() throws Exception {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        emptyLiveTables();
        sql("drop table if exists sealed_submission cascade");
        sql("create table sealed_submission (id uuid primary key, cycle_id uuid not null, ciphertext bytea not null)");
        byte[] submission = ("{\"cycleId\":\"" + checkin.cycleId() + "\",\"answers\":[{\"value\":4}],"
                + "\"comment\":\"Thanks for the open Q&A.\"}").getBytes(StandardCharsets.UTF_8);
        insertSealed(checkin, encrypt(submission));
        assertEquals(Outcome.pass, check("no-readable-pending-submission").outcome());

        insertSealed(checkin, submission);

        InvariantCheck check = check("no-readable-pending-submission");
        assertEquals(Outcome.fail, check.outcome());
        assertEquals(1, check.count());
        assertEquals("1 of 2 pending submission(s) readable or too short", check.detail());
    }

    @Test
    @TestTransaction
    void failsWhenAThresholdIsBelowThree() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        emptyLiveTables();
        sql("alter table team drop constraint team_k_threshold_check");
        sql("update team set k_threshold = 2 where id = '" + checkin.teamId() + "'");

        InvariantCheck check = check("thresholds-in-range");

        assertEquals(Outcome.fail, check.outcome());
        assertEquals(1, check.count());
        assertEquals("below 3: team.k_threshold: 1", check.detail());
    }

    @Test
    @TestTransaction
    void failsWhenTheOrganisationCommentThresholdIsBelowThree() {
        emptyLiveTables();
        sql("alter table org_settings drop constraint org_settings_comment_threshold_check");
        sql("update org_settings set comment_threshold = 1");

        InvariantCheck check = check("thresholds-in-range");

        assertEquals(Outcome.fail, check.outcome());
        assertEquals("below 3: org_settings.comment_threshold: 1", check.detail());
    }

    @Test
    @TestTransaction
    void failsOnAReceiptOfAClosedCycle() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        emptyLiveTables();
        sql("insert into receipt (cycle_id, person_id) values ('" + checkin.cycleId() + "', '"
                + checkin.member(0).id() + "')");
        assertEquals(Outcome.pass, check("receipts-only-while-open").outcome());

        sql("update cycle set status = 'closed' where id = '" + checkin.cycleId() + "'");

        InvariantCheck check = check("receipts-only-while-open");
        assertEquals(Outcome.fail, check.outcome());
        assertEquals("1 receipt(s) of 1 closed cycle(s)", check.detail());
    }

    @Test
    @TestTransaction
    void failsOnAnInvitationOrReminderNamingAPersonAfterRelease() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        emptyLiveTables();
        UUID person = checkin.member(0).id();
        sql("insert into cycle_invitation (cycle_id, person_id, send_at) values ('" + checkin.cycleId() + "', '"
                + person + "', now())");
        sql("insert into outbox_message (id, kind, channel, rate_key, destination, payload, next_attempt_at,"
                + " dedup_key, created_at) values ('" + UUID.randomUUID() + "', 'reminder', 'slack', 'slack:t',"
                + " '{}', '{}', now(), 'reminder:" + checkin.cycleId() + ":" + person + "', now())");
        assertEquals(Outcome.pass, check("no-trail-after-release").outcome());

        sql("update cycle set status = 'closed' where id = '" + checkin.cycleId() + "'");
        sql("insert into closed_cycle_mixed (cycle_id) values ('" + checkin.cycleId() + "')");

        InvariantCheck check = check("no-trail-after-release");
        assertEquals(Outcome.fail, check.outcome());
        assertEquals(2, check.count());
        assertFalse(check.detail().contains(person.toString()), "details name no person");
    }

    @Test
    void readableBytesAreRecognisedAndCiphertextIsNot() throws Exception {
        assertTrue(AnonymityChecks.isReadable("{\"answers\":[1,2,3],\"comment\":\"fine\"}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(AnonymityChecks.isReadable(new byte[] { 1, 2, 3 }));
        assertFalse(AnonymityChecks.isReadable(encrypt("{\"answers\":[1,2,3]}".getBytes(StandardCharsets.UTF_8))));
    }

    private InvariantCheck check(String name) {
        return checks.run().checks().stream().filter(check -> check.name().equals(name)).findFirst().orElseThrow();
    }

    /** Hides other tests' rows from this transaction; the rollback brings them back. */
    private void emptyLiveTables() {
        @SuppressWarnings("unchecked")
        List<String> present = em.createNativeQuery("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_name in (:tables)
                """).setParameter("tables", LIVE_TABLES).getResultList();
        sql("truncate " + String.join(", ", present) + " cascade");
    }

    private void insertResponse(Checkin checkin) {
        UUID response = UUID.randomUUID();
        sql("insert into response (id, cycle_id, team_id, cycle_date, question_set_version_id)"
                + " select '" + response + "', id, team_id, cycle_date, question_set_version_id from cycle where id = '"
                + checkin.cycleId() + "'");
        sql("insert into answer (id, response_id, question_id, dimension, value) values ('" + UUID.randomUUID()
                + "', '" + response + "', '" + checkin.scale() + "', 'wellbeing', 4)");
    }

    private void insertSealed(Checkin checkin, byte[] ciphertext) {
        em.createNativeQuery("insert into sealed_submission (id, cycle_id, ciphertext) values (:id, :cycle, :bytes)")
                .setParameter("id", UUID.randomUUID()).setParameter("cycle", checkin.cycleId())
                .setParameter("bytes", ciphertext).executeUpdate();
    }

    private void sql(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    /** AES-256-GCM with a random 12-byte nonce in front, as sealed submissions are stored. */
    private static byte[] encrypt(byte[] plaintext) throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, generator.generateKey(), new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plaintext);
        byte[] stored = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, stored, 0, nonce.length);
        System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
        return stored;
    }
}
