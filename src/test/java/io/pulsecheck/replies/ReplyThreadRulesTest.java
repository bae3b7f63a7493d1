package io.pulsecheck.replies;

import static io.pulsecheck.replies.ReplyFixtures.codeSentTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A thread is reachable only while its comment is shown (released, comment threshold reached) and open; every
 * refusal is problem+json and writes nothing.
 */
@QuarkusTest
class ReplyThreadRulesTest {

    @Inject
    ReplyThreads threads;

    @BeforeEach
    void slack() {
        ReplyFixtures.slackAcceptsMessages();
    }

    @Test
    void aCommentBelowTheCommentThresholdShowsNoThreadAndTakesNoReply() {
        Checkin checkin = ReplyFixtures.openCheckin(3);
        ReplyFixtures.submit(checkin, 0, "Only two of us wrote", true);
        ReplyFixtures.submit(checkin, 1, "Second comment", false);
        ReplyFixtures.submit(checkin, 2, null, false);
        String code = codeSentTo(checkin.member(0).platformUserId());
        ReleasedCycles.release(checkin.cycleId());
        String leader = TestTokens.leader(ReplyFixtures.leaderEmail(checkin.teamId()));
        UUID commented = commentInvitingReplies(checkin);

        given().auth().oauth2(leader).when().get("/api/v1/teams/{id}/reply-threads", checkin.teamId())
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(leader).contentType(ContentType.JSON).body(Map.of("body", "Who wrote this?"))
                .when().post("/api/v1/teams/{id}/reply-threads/{comment}/messages", checkin.teamId(), commented)
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("token", code, "body", "hello"))
                .when().post("/api/v1/reply-threads/by-code/messages")
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, threadMessages(checkin));
    }

    @Test
    void aCommentOfACheckInNotYetReleasedShowsNoThreadAndTakesNoReply() {
        Checkin checkin = ReplyFixtures.openCheckin(3);
        for (int i = 0; i < 3; i++) {
            ReplyFixtures.submit(checkin, i, "comment " + i, i == 0);
        }
        String code = codeSentTo(checkin.member(0).platformUserId());
        Pending.flush(checkin.cycleId());
        String leader = TestTokens.leader(ReplyFixtures.leaderEmail(checkin.teamId()));
        UUID commented = commentInvitingReplies(checkin);

        given().auth().oauth2(leader).when().get("/api/v1/teams/{id}/reply-threads", checkin.teamId())
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(leader).contentType(ContentType.JSON).body(Map.of("body", "Early reply"))
                .when().post("/api/v1/teams/{id}/reply-threads/{comment}/messages", checkin.teamId(), commented)
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("token", code))
                .when().post("/api/v1/reply-threads/by-code")
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, threadMessages(checkin));
    }

    @Test
    void aWrongCodeGetsProblemJsonAndChangesNothing() {
        long before = ReplyFixtures.messages();

        given().contentType(ContentType.JSON).body(Map.of("token", ReplyToken.generate().token(), "body", "hi"))
                .when().post("/api/v1/reply-threads/by-code/messages")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("cannot be recovered"));
        given().contentType(ContentType.JSON).body(Map.of("token", "not-a-code", "body", "hi"))
                .when().post("/api/v1/reply-threads/by-code/messages")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token"));
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/reply-threads/by-code")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token"));

        assertEquals(before, ReplyFixtures.messages());
    }

    @Test
    void anAnswerTooLongOrEmptyIsRefusedNamingTheFieldAndChangesNothing() {
        Checkin checkin = releasedThread();
        String code = codeSentTo(checkin.member(0).platformUserId());

        for (String body : new String[] { "   ", "x".repeat(2001) }) {
            given().contentType(ContentType.JSON).body(Map.of("token", code, "body", body))
                    .when().post("/api/v1/reply-threads/by-code/messages")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("body"));
        }

        assertEquals(0, threadMessages(checkin));
    }

    @Test
    void anExpiredThreadTakesNoMessageAndIsDeletedWithItsMessagesButNotTheComment() {
        Checkin checkin = ReplyFixtures.openCheckin(3, LocalDate.now(ZoneOffset.UTC).minusDays(200));
        for (int i = 0; i < 3; i++) {
            ReplyFixtures.submit(checkin, i, "old comment " + i, i == 0);
        }
        String code = codeSentTo(checkin.member(0).platformUserId());
        ReleasedCycles.release(checkin.cycleId());

        given().contentType(ContentType.JSON).body(Map.of("token", code))
                .when().post("/api/v1/reply-threads/by-code")
                .then().statusCode(200).body("open", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("token", code, "body", "Still there?"))
                .when().post("/api/v1/reply-threads/by-code/messages")
                .then().statusCode(410).contentType("application/problem+json");
        threads.expire();

        given().contentType(ContentType.JSON).body(Map.of("token", code))
                .when().post("/api/v1/reply-threads/by-code")
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(3, Rows.comments(checkin.cycleId()));
        assertEquals(0, Rows.count("""
                select count(*) from reply_thread t join response_comment c on c.id = t.comment_id
                where c.cycle_id = ?1""", checkin.cycleId()));
    }

    @Test
    void theWritersAnswerIsScrubbedLikeAComment() {
        Checkin checkin = releasedThread();
        String code = codeSentTo(checkin.member(0).platformUserId());
        String colleague = checkin.member(1).displayName();

        given().contentType(ContentType.JSON)
                .body(Map.of("token", code, "body", "Ask " + colleague + " at someone@example.com"))
                .when().post("/api/v1/reply-threads/by-code/messages")
                .then().statusCode(201).body("messages[0].body", equalTo("Ask [name] at [email]"));
    }

    @Test
    void onlyALeaderOfTheTeamMayReply() {
        Checkin checkin = releasedThread();
        UUID commented = commentInvitingReplies(checkin);

        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("body", "HR here"))
                .when().post("/api/v1/teams/{id}/reply-threads/{comment}/messages", checkin.teamId(), commented)
                .then().statusCode(403).contentType("application/problem+json");
        Checkin other = ReplyFixtures.openCheckin(1);
        given().auth().oauth2(TestTokens.leader(ReplyFixtures.leaderEmail(other.teamId())))
                .contentType(ContentType.JSON).body(Map.of("body", "Not my team"))
                .when().post("/api/v1/teams/{id}/reply-threads/{comment}/messages", checkin.teamId(), commented)
                .then().statusCode(403).contentType("application/problem+json");

        assertEquals(0, threadMessages(checkin));
    }

    @Test
    void hrReadsNoConversation() {
        Checkin checkin = releasedThread();

        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/teams/{id}/reply-threads", checkin.teamId())
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void erasingTheWriterFindsNoThreadToDeleteAndTheirCodeStillWorks() {
        Checkin checkin = releasedThread();
        String code = codeSentTo(checkin.member(0).platformUserId());

        given().auth().oauth2(TestTokens.hrAdmin()).when().delete("/api/v1/people/{id}", checkin.member(0).id())
                .then().statusCode(204);

        // Nothing stored leads from the person to the thread, so erasure cannot touch it; the code still opens it.
        given().contentType(ContentType.JSON).body(Map.of("token", code))
                .when().post("/api/v1/reply-threads/by-code")
                .then().statusCode(200).body("comment", equalTo("comment 0"));
    }

    /** A released check-in of three comments; member 0's invites replies. */
    private static Checkin releasedThread() {
        Checkin checkin = ReplyFixtures.openCheckin(3);
        for (int i = 0; i < 3; i++) {
            ReplyFixtures.submit(checkin, i, "comment " + i, i == 0);
        }
        ReleasedCycles.release(checkin.cycleId());
        return checkin;
    }

    private static UUID commentInvitingReplies(Checkin checkin) {
        return (UUID) Rows.list("""
                select t.comment_id from reply_thread t join response_comment c on c.id = t.comment_id
                where c.cycle_id = ?1""", checkin.cycleId()).get(0)[0];
    }

    private static long threadMessages(Checkin checkin) {
        return Rows.count("""
                select count(*) from thread_message m join response_comment c on c.id = m.comment_id
                where c.cycle_id = ?1""", checkin.cycleId());
    }
}
