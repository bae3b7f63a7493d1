package io.pulsecheck.replies;

import static io.pulsecheck.replies.ReplyFixtures.codeSentTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A reply thread that starts with a Slack Submit: the code reaches the writer's chat, and only it. */
@QuarkusTest
class SlackReplyThreadTest {

    @Inject
    ReplyThreads threads;

    @BeforeEach
    void slack() {
        ReplyFixtures.slackAcceptsMessages();
    }

    @Test
    void aThreadRoundTripsFromTheSlackWriterToTheLeaderAndBack() {
        Checkin checkin = ReplyFixtures.openCheckin(3);
        ReplyFixtures.submit(checkin, 0, "The release plan keeps changing", true);
        ReplyFixtures.submit(checkin, 1, "Fine", false);
        ReplyFixtures.submit(checkin, 2, "Good week", false);
        String code = codeSentTo(checkin.member(0).platformUserId());
        ReleasedCycles.release(checkin.cycleId());
        String leader = TestTokens.leader(ReplyFixtures.leaderEmail(checkin.teamId()));

        String commentId = given().auth().oauth2(leader).when()
                .get("/api/v1/teams/{id}/reply-threads", checkin.teamId())
                .then().statusCode(200).body("$", hasSize(1))
                .body("[0].comment", equalTo("The release plan keeps changing"))
                .extract().path("[0].commentId");
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("body", "Thank you. We fix the plan on Monday and share it in the all-hands."))
                .when().post("/api/v1/teams/{id}/reply-threads/{comment}/messages", checkin.teamId(), commentId)
                .then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("token", code))
                .when().post("/api/v1/reply-threads/by-code")
                .then().statusCode(200)
                .body("comment", equalTo("The release plan keeps changing"))
                .body("messages.from", contains("leader"))
                .body("messages[0].body", equalTo("Thank you. We fix the plan on Monday and share it in the all-hands."));
        given().contentType(ContentType.JSON).body(Map.of("token", code, "body", "Monday works, thanks"))
                .when().post("/api/v1/reply-threads/by-code/messages")
                .then().statusCode(201).body("messages.from", contains("leader", "writer"));
        threads.releaseWriterMessages();

        given().auth().oauth2(leader).when().get("/api/v1/teams/{id}/reply-threads", checkin.teamId())
                .then().statusCode(200)
                .body("[0].messages.from", contains("leader", "writer"))
                .body("[0].messages[1].body", equalTo("Monday works, thanks"));
    }

    @Test
    void theCodeGoesToTheWritersChatAndIsNeitherQueuedNorStored() {
        Checkin checkin = ReplyFixtures.openCheckin(1);

        ReplyFixtures.submit(checkin, 0, "Too many meetings", true);

        String code = codeSentTo(checkin.member(0).platformUserId());
        assertEquals(0, Rows.count("select count(*) from outbox_message where payload::text like ?1",
                "%" + code + "%"), "the outbox holds the code");
        for (Object[] table : Rows.list("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'""")) {
            assertEquals(0, Rows.count("select count(*) from " + table[0] + " t where t::text like ?1",
                    "%" + code + "%"), table[0] + " holds the code");
        }
        // The thank-you still goes through the outbox, as for everyone.
        assertEquals(1, Rows.count("select count(*) from outbox_message where cycle_id = ?1 and kind = 'acknowledgement'",
                checkin.cycleId()));
    }

    @Test
    void noCodeIsHandedOutWithoutACommentOrWithoutTheBoxTicked() {
        Checkin checkin = ReplyFixtures.openCheckin(2);

        ReplyFixtures.submit(checkin, 0, null, true);
        ReplyFixtures.submit(checkin, 1, "No replies, please", false);

        assertTrue(ReplyFixtures.postedTo(checkin.member(0).platformUserId()).isEmpty());
        assertTrue(ReplyFixtures.postedTo(checkin.member(1).platformUserId()).isEmpty());
        ReleasedCycles.release(checkin.cycleId());
        assertEquals(0, Rows.count("""
                select count(*) from reply_thread t join response_comment c on c.id = t.comment_id
                where c.cycle_id = ?1""", checkin.cycleId()));
    }
}
