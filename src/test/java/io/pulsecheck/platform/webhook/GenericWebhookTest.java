package io.pulsecheck.platform.webhook;

import static io.pulsecheck.testing.SignedRequests.generic;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
public class GenericWebhookTest {

    public static String submission(Checkin checkin, String scaleValue) {
        return "{\"type\":\"checkin.submission\",\"cycleId\":\"" + checkin.cycleId() + "\",\"userId\":\""
                + checkin.member(0).platformUserId() + "\",\"answers\":[{\"questionId\":\"" + checkin.scale()
                + "\",\"value\":\"" + scaleValue + "\"},{\"questionId\":\"" + checkin.yesNo()
                + "\",\"value\":\"0\"}],\"comment\":\"Fine overall\"}";
    }

    @Test
    void sealsSignedSubmission() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("webhook", 1);

        generic(submission(checkin, "3")).then().statusCode(200).body("status", equalTo("recorded"));

        Pending.flush(checkin.cycleId());
        assertEquals(1, Rows.responses(checkin.cycleId()));
        assertEquals(2, Rows.answers(checkin.cycleId()));
        assertEquals(1, Rows.comments(checkin.cycleId()));
        assertEquals(1, Rows.receipts(checkin.cycleId()));
    }

    @Test
    void answersWithTheReplyCodeOnlyWhenTheCommentInvitesReplies() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("webhook", 1);
        String invites = submission(checkin, "3").replace("\"comment\":\"Fine overall\"",
                "\"comment\":\"Fine overall\",\"replies\":true");

        String code = generic(invites).then().statusCode(200).body("status", equalTo("recorded"))
                .extract().path("replyCode");

        assertTrue(code != null && code.matches("[A-Za-z0-9_-]{43}"), String.valueOf(code));
        assertEquals(0, Rows.count("select count(*) from outbox_message where payload::text like ?1", "%" + code + "%"));
        Checkin other = OpenCheckInFixtures.openCheckin("webhook", 1);
        generic(submission(other, "3")).then().statusCode(200).body("replyCode", nullValue());
    }

    @Test
    void answersSecondSubmissionWithAlreadyAnswered() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("webhook", 1);
        generic(submission(checkin, "3")).then().statusCode(200);

        generic(submission(checkin, "1")).then().statusCode(200).body("status", equalTo("already_answered"));

        Pending.flush(checkin.cycleId());
        assertEquals(1, Rows.responses(checkin.cycleId()));
    }

    @Test
    void refusesInvalidValueNamingItsField() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("webhook", 1);

        generic(submission(checkin, "six")).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("answers[0].value"));

        Pending.flush(checkin.cycleId());
        assertEquals(0, Rows.responses(checkin.cycleId()));
        assertEquals(0, Rows.receipts(checkin.cycleId()));
    }

    @Test
    void refusesSignatureWithOtherSecret() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("webhook", 1);

        generic(submission(checkin, "3"), "other-secret", Instant.now().getEpochSecond())
                .then().statusCode(401).contentType("application/problem+json");

        Pending.flush(checkin.cycleId());
        assertEquals(0, Rows.responses(checkin.cycleId()));
    }

    @Test
    void carriesOutCommand() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("webhook", 1);

        generic("{\"type\":\"command\",\"userId\":\"" + checkin.member(0).platformUserId()
                + "\",\"command\":\"stop\"}").then().statusCode(200).body("status", equalTo("ok"));

        assertEquals(Person.Status.opted_out, Rows.person(checkin.member(0).id()).status);
    }

    @Test
    void refusesUnknownCommandArgument() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("webhook", 1);

        generic("{\"type\":\"command\",\"userId\":\"" + checkin.member(0).platformUserId()
                + "\",\"command\":\"language\",\"argument\":\"fr\"}")
                .then().statusCode(400).body("errors.field", hasItem("argument"));

        assertEquals("en", Rows.person(checkin.member(0).id()).locale);
    }
}
