package io.pulsecheck.platform.googlechat;

import static io.pulsecheck.platform.googlechat.GoogleChatEvents.added;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.clicked;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.inputs;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.newSpace;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.send;
import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.quarkus.test.junit.QuarkusTest;

/** The anonymity rules of the Slack path, proved for answers given in a Google Chat card. */
@QuarkusTest
class GoogleChatAnonymityTest {

    private static final List<String> IDENTITY_TABLES = List.of("receipt", "conversation", "cycle_invitation",
            "outbox_message", "inbound_request", "google_chat_space", "person");

    @BeforeEach
    void freshGoogle() {
        FakeGoogle.stubDefaults();
    }

    @Test
    void cardAnswersShareNoTransactionWithIdentityRows() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 5);
        for (int i = 0; i < 5; i++) {
            answer(checkin, i, Map.of(checkin.scale(), Integer.toString(i), checkin.yesNo(), "1"), "note " + i);
        }
        assertEquals(0L, Rows.responses(checkin.cycleId()), "sealing writes no readable row");

        Pending.flush(checkin.cycleId());

        assertEquals(5L, Rows.responses(checkin.cycleId()));
        Set<String> identity = new HashSet<>();
        for (String table : IDENTITY_TABLES) {
            Rows.list("select distinct xmin::text from " + table).forEach(row -> identity.add((String) row[0]));
        }
        List<String> shared = Rows.list("""
                select xmin::text from response where cycle_id = ?1
                union all select a.xmin::text from answer a join response r on r.id = a.response_id where r.cycle_id = ?1
                union all select xmin::text from response_comment where cycle_id = ?1""", checkin.cycleId())
                .stream().map(row -> (String) row[0]).filter(identity::contains).toList();
        assertThat("anonymous rows written by a transaction that wrote identity rows", shared, empty());
    }

    @Test
    void commentsFromTheCardAreScrubbedAndStoredApart() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 2);
        String colleague = checkin.member(1).displayName().split(" ")[0];

        answer(checkin, 0, fullAnswers(checkin), "Ask " + colleague + " or mail jo.doe@example.com. Thanks!");

        Pending.flush(checkin.cycleId());
        assertEquals(List.of("Ask [name] or mail [email]. Thanks!"), Rows.list(
                "select body from response_comment where cycle_id = ?1", checkin.cycleId()).stream()
                .map(row -> (String) row[0]).toList());
        assertEquals(1L, Rows.count("select count(*) from free_text_answer where cycle_id = ?1", checkin.cycleId()));
    }

    @Test
    void theUpdatedCardNeverRepeatsAnAnswer() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 1);
        String user = checkin.member(0).platformUserId();
        String space = newSpace();
        send(added(space, user, null)).then().statusCode(200);
        Map<String, String> form = new HashMap<>(inputs(fullAnswers(checkin)));
        form.put("comment", "Secret remark zebra");

        String reply = send(clicked(space, user, checkin.cycleId(), form)).then().statusCode(200).extract().asString();

        assertThat(reply, not(containsString("zebra")));
        assertThat(reply, not(containsString("More focus time")));
        assertEquals(0L, Rows.count("select count(*) from outbox_message where payload::text like '%zebra%'"));
    }

    private static void answer(Checkin checkin, int member, Map<java.util.UUID, String> answers, String comment) {
        String user = checkin.member(member).platformUserId();
        String space = newSpace();
        send(added(space, user, null)).then().statusCode(200);
        Map<String, String> form = new HashMap<>(inputs(answers));
        if (comment != null) {
            form.put("comment", comment);
        }
        send(clicked(space, user, checkin.cycleId(), form)).then().statusCode(200);
    }
}
