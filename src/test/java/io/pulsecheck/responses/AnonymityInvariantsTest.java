package io.pulsecheck.responses;

import static io.pulsecheck.testing.InboundTestAccess.slackSubmit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulsecheck.replies.ReplyFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.quarkus.test.junit.QuarkusTest;

/** Reads the schema and the stored rows to prove each anonymity invariant of docs/ANONYMITY.md. */
@QuarkusTest
class AnonymityInvariantsTest {

    private static final List<String> ANONYMOUS_TABLES = List.of("response", "answer", "response_comment",
            "free_text_answer");
    private static final List<String> IDENTITY_TABLES = List.of("person", "team_member", "team_leader", "receipt",
            "conversation", "cycle_invitation", "outbox_message", "inbound_request");

    @Test
    void anonymousTablesHaveNoIdentityColumn() {
        List<Object[]> columns = Rows.list("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and table_name in ('response', 'answer', 'response_comment', 'free_text_answer')
                  and column_name ~ '(person|participant|user|chat|email|platform|member|receipt|conversation|hash|name|ip)'
                """);
        assertThat(columns, empty());
    }

    @Test
    void anonymousTablesCarryNoTimeFinerThanADate() {
        List<Object[]> columns = Rows.list("""
                select table_name || '.' || column_name || ' ' || data_type from information_schema.columns
                where table_schema = current_schema() and table_name in ('response', 'answer', 'response_comment', 'free_text_answer')
                  and (data_type like 'timestamp%' or data_type like 'time%' or data_type = 'interval'
                       or column_name ~ '(_at|_time|created|updated|seq|order|position)$')
                """);
        assertThat(columns, empty());
        assertEquals(List.of("free_text_answer.cycle_date", "response.cycle_date", "response_comment.cycle_date"),
                Rows.list("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and table_name in ('response', 'answer', 'response_comment', 'free_text_answer')
                  and data_type = 'date' order by 1""").stream().map(row -> (String) row[0]).toList());
    }

    /**
     * The statistics of released cycles say which instrument produced them (the lineage of the cycle's question set,
     * the same for every member of the team) and nothing that could single out a person or a moment.
     */
    @Test
    void statisticsCarryTheirInstrumentButNoIdentityAndNoTimeFinerThanADate() {
        List<Object[]> columns = Rows.list("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema()
                  and table_name in ('cycle_statistics', 'cycle_dimension_statistics', 'cycle_choice_statistics')
                  and (column_name ~ '(person|participant|user|chat|email|platform|member|receipt|conversation|hash|name|ip|response)'
                       or data_type like 'timestamp%' or data_type like 'time%' or data_type = 'interval')
                """);
        assertThat(columns, empty());
        assertEquals(List.of("cycle_choice_statistics.instrument", "cycle_dimension_statistics.instrument"),
                Rows.list("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'instrument'
                  and table_name like 'cycle_%statistics' order by 1""").stream().map(row -> (String) row[0]).toList());
    }

    @Test
    void anonymousTablesShareNoKeyWithPeopleOrReceipts() {
        List<Object[]> links = Rows.list("""
                select c.conrelid::regclass::text || ' -> ' || c.confrelid::regclass::text from pg_constraint c
                where c.contype = 'f'
                  and ((c.conrelid::regclass::text in ('response', 'answer', 'response_comment', 'free_text_answer')
                        and c.confrelid::regclass::text not in ('response', 'question', 'cycle', 'team',
                                                                 'question_set_version'))
                    or (c.confrelid::regclass::text in ('response', 'answer', 'response_comment', 'free_text_answer')
                        and c.conrelid::regclass::text not in ('answer', 'reply_thread')))
                """);
        assertThat(links, empty());
        List<Object[]> receiptColumns = Rows.list("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = 'receipt' order by column_name""");
        assertEquals(List.of("cycle_id", "person_id"), receiptColumns.stream().map(row -> (String) row[0]).toList());
    }

    @Test
    void anonymousIdsAreNeverGeneratedFromSequences() {
        List<Object[]> generated = Rows.list("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and table_name in ('response', 'answer', 'response_comment', 'free_text_answer')
                  and (column_default is not null or is_identity = 'YES'
                       or pg_get_serial_sequence(table_name, column_name) is not null)
                """);
        assertThat(generated, empty());
        assertEquals(List.of("uuid", "uuid", "uuid", "uuid"), Rows.list("""
                select data_type from information_schema.columns
                where table_schema = current_schema() and table_name in ('response', 'answer', 'response_comment', 'free_text_answer')
                  and column_name = 'id'""").stream().map(row -> (String) row[0]).toList());
    }

    @Test
    void storedIdsAreRandomAndUnrelatedToThePerson() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 3);
        for (int i = 0; i < 3; i++) {
            slackSubmit(checkin, checkin.member(i).platformUserId(), Map.of(checkin.scale(), Integer.toString(i),
                    checkin.yesNo(), "1"), "note " + i);
        }
        Pending.flush(checkin.cycleId());

        Set<UUID> ids = new HashSet<>();
        for (Object[] row : Rows.list("""
                select id from response where cycle_id = ?1
                union all select a.id from answer a join response r on r.id = a.response_id where r.cycle_id = ?1
                union all select id from response_comment where cycle_id = ?1""", checkin.cycleId())) {
            UUID id = (UUID) row[0];
            assertEquals(4, id.version(), "random UUID version 4");
            assertEquals(2, id.variant());
            ids.add(id);
        }
        assertEquals(3 + 6 + 3, ids.size());
        for (OpenCheckInFixtures.Member member : checkin.members()) {
            assertFalse(ids.contains(member.id()));
        }
        assertEquals(0, Rows.count("""
                select count(*) from response r join receipt p on p.person_id = r.id or p.person_id = r.cycle_id
                where r.cycle_id = ?1""", checkin.cycleId()));
        assertEquals(1, Rows.count("select count(distinct cycle_date) from response where cycle_id = ?1",
                checkin.cycleId()));
    }

    @Test
    void sealingLeavesNoIdentityLinkedStateBehind() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);

        slackSubmit(checkin, checkin.member(0).platformUserId(), Map.of(checkin.scale(), "5"), null);
        Pending.flush(checkin.cycleId());

        assertEquals(0, Rows.conversations(checkin.cycleId()));
        for (String table : IDENTITY_TABLES) {
            assertEquals(0, Rows.count("select count(*) from " + table + " t where t::text like ?1",
                    "%" + responseIdOf(checkin) + "%"), table + " mentions the response id");
        }
    }

    @Test
    void errorsNeverRepeatAnAnswerValueOrIdentity() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String user = checkin.member(0).platformUserId();

        String body = io.pulsecheck.testing.InboundTestAccess.slackSubmitRaw(checkin, user,
                Map.of(checkin.choice(), "value-nobody-should-see")).then().statusCode(400).extract().asString();

        assertThat(body, not(containsString("value-nobody-should-see")));
        assertThat(body, not(containsString(user)));
    }

    @Test
    void closingACycleDeletesReceiptsAndMixesSealedRowsIntoOneTransaction() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 3);
        for (int i = 0; i < 3; i++) {
            slackSubmit(checkin, checkin.member(i).platformUserId(), Map.of(checkin.scale(), "3",
                    checkin.freeText(), "text " + i), "c" + i);
        }
        assertEquals(3, Pending.count(checkin.cycleId()));
        OpenCheckInFixtures.close(checkin.cycleId());

        // The janitor works through closed cycles oldest first in batches; other tests leave many behind.
        while (io.pulsecheck.testing.InboundTestAccess.purge().cyclesMixed() > 0) {
            if (Rows.count("select count(*) from closed_cycle_mixed where cycle_id = ?1", checkin.cycleId()) > 0
                    && Rows.receipts(checkin.cycleId()) == 0) {
                break;
            }
        }

        assertEquals(1, Rows.count("""
                select count(distinct x) from (
                  select xmin::text x from response where cycle_id = ?1
                  union all select a.xmin::text from answer a join response r on r.id = a.response_id
                            where r.cycle_id = ?1
                  union all select xmin::text from free_text_answer where cycle_id = ?1
                  union all select xmin::text from response_comment where cycle_id = ?1) t""", checkin.cycleId()));
        assertEquals(0, Pending.count(checkin.cycleId()), "pending submissions outlive their cycle");
        assertEquals(3, Rows.responses(checkin.cycleId()));
        assertEquals(0, Rows.receipts(checkin.cycleId()), "receipts outlive their cycle");
        assertEquals(3, Rows.answers(checkin.cycleId()));
        assertEquals(3, Rows.count("select count(*) from free_text_answer where cycle_id = ?1", checkin.cycleId()));
        assertEquals(3, Rows.comments(checkin.cycleId()));
    }

    @Test
    void replyTablesHaveNoIdentityColumnTimeSequenceOrForeignKeyToPeople() {
        assertThat(Rows.list("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and table_name in ('reply_thread', 'thread_message')
                  and (column_name ~ '(person|participant|user|chat|email|platform|member|receipt|conversation|hash|name|ip|author|sender|recipient|destination)'
                       or data_type like 'timestamp%' or data_type like 'time%' or data_type in ('interval', 'date')
                       or column_default is not null or is_identity = 'YES')
                """), empty());
        assertThat(Rows.list("""
                select c.conrelid::regclass::text || ' -> ' || c.confrelid::regclass::text from pg_constraint c
                where c.contype = 'f' and c.conrelid::regclass::text in ('reply_thread', 'thread_message')
                  and c.confrelid::regclass::text not in ('response_comment', 'reply_thread')
                """), empty());
    }

    @Test
    void noTableOrLogPairsAReplyThreadWithAPerson() {
        ReplyFixtures.slackAcceptsMessages();
        Checkin checkin = ReplyFixtures.openCheckin(3);
        java.util.List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()) + " "
                        + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger.getLogger("").addHandler(capture);
        String code;
        try {
            for (int i = 0; i < 3; i++) {
                ReplyFixtures.submit(checkin, i, "thread comment " + i, true);
            }
            code = ReplyFixtures.codeSentTo(checkin.member(0).platformUserId());
            io.pulsecheck.testing.ReleasedCycles.release(checkin.cycleId());
            io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                    .body(Map.of("token", code, "body", "writer answer marker")).when()
                    .post("/api/v1/reply-threads/by-code/messages").then().statusCode(201);
        } finally {
            java.util.logging.Logger.getLogger("").removeHandler(capture);
        }

        String digest = ReplyFixtures.digestHex(code);
        for (Object[] table : Rows.list("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'""")) {
            String name = (String) table[0];
            assertEquals(0, Rows.count("select count(*) from " + name + " t where t::text like ?1", "%" + code + "%"),
                    name + " holds a reply code");
            long digests = Rows.count("select count(*) from " + name + " t where t::text like ?1", "%" + digest + "%");
            assertEquals("reply_thread".equals(name) ? 1 : 0, digests, name + " holds the code's digest");
        }
        // The thread rows share the one transaction of the cycle's mixed rows, and none with an identity row.
        assertEquals(1, Rows.count("""
                select count(distinct x) from (
                  select xmin::text x from response_comment where cycle_id = ?1
                  union all select t.xmin::text from reply_thread t join response_comment c on c.id = t.comment_id
                            where c.cycle_id = ?1) r""", checkin.cycleId()));
        assertEquals(0, Rows.count("""
                select count(*) from thread_message m
                where m.xmin::text in (select xmin::text from outbox_message union all select xmin::text from inbound_request
                                       union all select xmin::text from receipt)"""));
        for (OpenCheckInFixtures.Member member : checkin.members()) {
            assertEquals(0, Rows.count("""
                    select count(*) from reply_thread t join thread_message m on m.comment_id = t.comment_id
                    where t::text like ?1 or m::text like ?1 or t::text like ?2 or m::text like ?2""",
                    "%" + member.id() + "%", "%" + member.platformUserId() + "%"));
        }
        for (String line : logged) {
            assertFalse(line.contains(code), "the log repeats the code: " + line);
            assertFalse(line.contains("writer answer marker"), "the log repeats an answer: " + line);
        }
    }

    private static UUID responseIdOf(Checkin checkin) {
        List<Object[]> rows = Rows.list("select id from response where cycle_id = ?1", checkin.cycleId());
        assertTrue(rows.size() == 1);
        return (UUID) rows.get(0)[0];
    }
}
