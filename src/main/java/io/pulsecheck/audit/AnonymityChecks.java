package io.pulsecheck.audit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;

/**
 * Runs the anonymity invariants (docs/ANONYMITY.md) against the live database, so a works council can check the
 * promise instead of trusting it. Table sets are looked up in {@code information_schema} on every run, so the checks
 * adapt to tables added later (free-text answers, sealed submissions) and report "not applicable" while one is
 * missing.
 */
@ApplicationScoped
public class AnonymityChecks {

    /** Readable anonymous tables: answers and free text after sealing, and the reply threads on comments. */
    static final List<String> ANONYMOUS = List.of("response", "answer", "response_comment", "free_text_answer",
            "reply_thread", "thread_message");

    /** Sealed submissions waiting as ciphertext to be flushed into the anonymous tables. */
    static final String PENDING = "sealed_submission";

    /** Rows that name a person and are written while a person answers. */
    static final List<String> IDENTITY_BEARING = List.of("receipt", "conversation", "cycle_invitation",
            "outbox_message", "inbound_request", "teams_conversation_reference");

    /** Every table that holds or points to identity data; anonymous tables must not reference them. */
    static final List<String> IDENTITY_TABLES = List.of("person", "team_member", "team_leader", "receipt",
            "conversation", "cycle_invitation", "outbox_message", "delivery_attempt", "inbound_request",
            "digest_subscription", "audit_event", "teams_conversation_reference");

    // Column names that would carry or lead to an identity.
    private static final String IDENTITY_COLUMN = "(person|participant|user|email|mail|chat|platform|receipt|"
            + "conversation|invitation|member|sender|author|recipient|name|hash|ip_?addr|phone)";

    /** AES-GCM: 12-byte nonce and 16-byte tag around at least one byte of ciphertext. */
    static final int MIN_SEALED_LENGTH = 12 + 16 + 1;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public AnonymityReport run() {
        List<String> anonymous = existing(ANONYMOUS);
        List<String> structural = new ArrayList<>(anonymous);
        structural.addAll(existing(List.of(PENDING)));
        List<InvariantCheck> checks = List.of(
                identityColumns(structural),
                identityForeignKeys(structural),
                fineTimestamps(structural),
                sharedTransactions(anonymous, existing(IDENTITY_BEARING)),
                readablePendingSubmissions(),
                thresholds(),
                receiptsOfClosedCycles(),
                identityRowsOfReleasedCycles());
        boolean passed = checks.stream().noneMatch(check -> check.outcome() == InvariantCheck.Outcome.fail);
        return new AnonymityReport(clock.instant(), passed, checks);
    }

    private InvariantCheck identityColumns(List<String> tables) {
        List<String> found = strings("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and table_name in (:tables)
                  and column_name ~* :pattern
                order by 1
                """, tables, IDENTITY_COLUMN);
        return InvariantCheck.of("no-identity-column",
                "Anonymous tables (" + String.join(", ", tables) + ") have no column for a person, chat id, email or hash",
                found.size(), found.isEmpty() ? "none" : String.join(", ", found));
    }

    private InvariantCheck identityForeignKeys(List<String> tables) {
        List<String> found = strings("""
                select c.conrelid::regclass::text || ' -> ' || c.confrelid::regclass::text
                from pg_constraint c
                where c.contype = 'f'
                  and ((c.conrelid::regclass::text in (:tables) and c.confrelid::regclass::text in (:identity))
                    or (c.conrelid::regclass::text in (:identity) and c.confrelid::regclass::text in (:tables)))
                order by 1
                """, tables, null);
        return InvariantCheck.of("no-identity-foreign-key",
                "No foreign key joins an anonymous table to a table that names people", found.size(),
                found.isEmpty() ? "none" : String.join(", ", found));
    }

    private InvariantCheck fineTimestamps(List<String> tables) {
        List<String> found = strings("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and table_name in (:tables)
                  and (data_type like 'timestamp%' or data_type like 'time %' or data_type = 'interval')
                order by 1
                """, tables, null);
        return InvariantCheck.of("no-time-finer-than-a-date",
                "Anonymous tables store no time finer than the cycle's date", found.size(),
                found.isEmpty() ? "none" : String.join(", ", found));
    }

    private InvariantCheck sharedTransactions(List<String> anonymous, List<String> identity) {
        String description = "No transaction wrote both a row that names a person and a readable answer or comment";
        if (anonymous.isEmpty() || identity.isEmpty()) {
            return InvariantCheck.notApplicable("no-shared-transaction", description, "tables missing");
        }
        // xmin is the id of the transaction that wrote the row version; compared as text (xid has no ordering).
        String identityXmins = identity.stream().map(table -> "select xmin::text as x from " + table)
                .collect(Collectors.joining(" union all "));
        String anonymousXmins = anonymous.stream().map(table -> "select xmin::text from " + table)
                .collect(Collectors.joining(" union "));
        long count = number("select count(*) from (" + identityXmins + ") i where i.x in (" + anonymousXmins + ")");
        return InvariantCheck.of("no-shared-transaction", description, count,
                count + " row(s) of " + String.join(", ", identity) + " share a transaction id with rows of "
                        + String.join(", ", anonymous));
    }

    private InvariantCheck readablePendingSubmissions() {
        String description = "Every pending submission is ciphertext: not readable text, at least nonce, tag and one byte long";
        if (existing(List.of(PENDING)).isEmpty()) {
            return InvariantCheck.notApplicable("no-readable-pending-submission", description,
                    "no sealed_submission table in this schema");
        }
        long readable;
        try (Stream<?> rows = em.createNativeQuery("select ciphertext from " + PENDING)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 500).getResultStream()) {
            readable = rows.filter(row -> isReadable((byte[]) row)).count();
        }
        long total = number("select count(*) from " + PENDING);
        return InvariantCheck.of("no-readable-pending-submission", description, readable,
                readable + " of " + total + " pending submission(s) readable or too short");
    }

    /**
     * Whether stored bytes could be a plaintext submission: too short for AES-GCM output, or valid UTF-8 text as a
     * whole (random ciphertext of 29 bytes or more is valid UTF-8 with a probability below one in ten million).
     */
    static boolean isReadable(byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < MIN_SEALED_LENGTH) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ciphertext));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private InvariantCheck thresholds() {
        List<String> columns = strings("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and table_name in (:tables)
                  and column_name like '%threshold%' and data_type in ('integer', 'smallint', 'bigint')
                order by 1
                """, List.of("org_settings", "team", "cycle"), null);
        List<String> broken = new ArrayList<>();
        long count = 0;
        for (String column : columns) {
            String[] parts = column.split("\\.");
            long below = number("select count(*) from " + parts[0] + " where " + parts[1] + " < 3");
            if (below > 0) {
                broken.add(column + ": " + below);
                count += below;
            }
        }
        return InvariantCheck.of("thresholds-in-range",
                "Every k and comment threshold (organisation, teams, cycles) is at least 3", count,
                broken.isEmpty() ? "checked " + String.join(", ", columns) : "below 3: " + String.join(", ", broken));
    }

    private InvariantCheck receiptsOfClosedCycles() {
        long count = number("select count(*) from receipt r join cycle c on c.id = r.cycle_id where c.status <> 'open'");
        long cycles = number(
                "select count(distinct r.cycle_id) from receipt r join cycle c on c.id = r.cycle_id where c.status <> 'open'");
        return InvariantCheck.of("receipts-only-while-open",
                "Who answered is kept only while a cycle is open", count,
                count + " receipt(s) of " + cycles + " closed cycle(s)");
    }

    private InvariantCheck identityRowsOfReleasedCycles() {
        Set<String> parts = new TreeSet<>();
        long count = 0;
        List<String> tables = strings("""
                select c.table_name from information_schema.columns c
                join information_schema.columns p on p.table_schema = c.table_schema and p.table_name = c.table_name
                                                  and p.column_name = 'person_id'
                where c.table_schema = current_schema() and c.column_name = 'cycle_id' and c.table_name in (:tables)
                order by 1
                """, IDENTITY_BEARING, null);
        for (String table : tables) {
            long rows = number("select count(*) from " + table + " t join closed_cycle_mixed m on m.cycle_id = t.cycle_id"
                    + " where t.person_id is not null");
            if (rows > 0) {
                parts.add(table + ": " + rows);
                count += rows;
            }
        }
        // Prompts, reminders and acknowledgements name the cycle and the person in their dedup key.
        long keyed = number("""
                select count(*) from outbox_message o join closed_cycle_mixed m
                  on split_part(o.dedup_key, ':', 2) = m.cycle_id::text
                where split_part(o.dedup_key, ':', 1) in ('prompt', 'reminder', 'ack')
                  and split_part(o.dedup_key, ':', 3) <> ''
                """);
        if (keyed > 0) {
            parts.add("outbox_message dedup keys: " + keyed);
            count += keyed;
        }
        return InvariantCheck.of("no-trail-after-release",
                "No row names a person for a cycle that has closed and been mixed", count,
                parts.isEmpty() ? "checked " + String.join(", ", tables) + " and outbox dedup keys"
                        : String.join(", ", parts));
    }

    private List<String> existing(List<String> tables) {
        List<String> found = strings("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_name in (:tables)
                """, tables, null);
        return tables.stream().filter(found::contains).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, List<String> tables, String pattern) {
        var query = em.createNativeQuery(sql);
        if (sql.contains(":tables")) {
            query.setParameter("tables", tables.isEmpty() ? List.of("") : tables);
        }
        if (sql.contains(":identity")) {
            query.setParameter("identity", IDENTITY_TABLES);
        }
        if (pattern != null) {
            query.setParameter("pattern", pattern);
        }
        return ((List<Object>) query.getResultList()).stream().map(Object::toString).toList();
    }

    private long number(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
