package io.pulsecheck.platform.slack;

import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static io.pulsecheck.testing.SignedRequests.slackInteraction;
import static io.pulsecheck.testing.SignedRequests.slackSubmitPayload;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SlackSubmitTest {

    @Test
    void storesSignedSubmitAnonymouslyAndLeavesNoIdentityLinkedState() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 2);
        String user = checkin.member(0).platformUserId();

        slackInteraction(slackSubmitPayload(checkin.cycleId(), user, fullAnswers(checkin), null))
                .then().statusCode(200);

        Pending.flush(checkin.cycleId());
        assertEquals(1L, Rows.responses(checkin.cycleId()));
        assertEquals(3L, Rows.answers(checkin.cycleId()));
        assertEquals(1L, Rows.receipts(checkin.cycleId()));
        assertEquals(1L, Rows.count("select count(*) from receipt where cycle_id = ?1 and person_id = ?2",
                checkin.cycleId(), checkin.member(0).id()));
        assertEquals(0L, Rows.conversations(checkin.cycleId()));
        List<Object[]> answers = Rows.list("""
                select q.key, a.value, a.choice, r.cycle_date from answer a
                join response r on r.id = a.response_id join question q on q.id = a.question_id
                where r.cycle_id = ?1 order by q.position""", checkin.cycleId());
        assertThat(answers.stream().map(row -> row[0] + "=" + (row[1] != null ? row[1] : row[2])).toList(),
                contains("mood=4", "informed=1", "load=c"));
        assertEquals(List.of(checkin.cycleDate().toString()),
                answers.stream().map(row -> row[3].toString()).distinct().toList());
        // The free-text answer is stored apart from the scores, like a comment.
        assertEquals(List.of("wish", "More focus time", checkin.cycleDate().toString()), List.of(Rows.list("""
                select q.key, f.body, f.cycle_date from free_text_answer f join question q on q.id = f.question_id
                where f.cycle_id = ?1""", checkin.cycleId()).get(0)).stream().map(Object::toString).toList());
    }

    @Test
    void replacesOriginalMessageWithThankYouThroughResponseUrl() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String payload = slackSubmitPayload(checkin.cycleId(), checkin.member(0).platformUserId(),
                fullAnswers(checkin), null);
        String responseUrl = responseUrlOf(payload);

        slackInteraction(payload).then().statusCode(200);

        List<Object[]> replies = Rows.list("""
                select kind, destination->>'transport', payload->>'text', (payload->>'replace_original')::boolean
                from outbox_message where destination->>'url' = ?1""", responseUrl);
        assertEquals(1, replies.size());
        assertEquals(List.of("acknowledgement", "slack_response_url", "Thanks, your answer is recorded anonymously.",
                true), List.of(replies.get(0)));
    }

    @Test
    void refusesSecondSubmissionForSameCyclePolitely() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String user = checkin.member(0).platformUserId();
        slackInteraction(slackSubmitPayload(checkin.cycleId(), user, fullAnswers(checkin), null))
                .then().statusCode(200);
        String second = slackSubmitPayload(checkin.cycleId(), user, Map.of(checkin.scale(), "0"), "again");

        slackInteraction(second).then().statusCode(200);

        Pending.flush(checkin.cycleId());
        assertEquals(1L, Rows.responses(checkin.cycleId()));
        assertEquals(3L, Rows.answers(checkin.cycleId()));
        assertEquals(0L, Rows.comments(checkin.cycleId()));
        assertEquals(1L, Rows.count("""
                select count(*) from outbox_message where payload->>'text' like 'You have already answered%'
                and destination->>'url' = ?1""", responseUrlOf(second)));
    }

    @Test
    void skipsQuestionsLeftEmpty() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        Map<UUID, String> answers = new HashMap<>();
        answers.put(checkin.scale(), "2");
        answers.put(checkin.yesNo(), null);

        slackInteraction(slackSubmitPayload(checkin.cycleId(), checkin.member(0).platformUserId(), answers, null))
                .then().statusCode(200);

        Pending.flush(checkin.cycleId());
        assertEquals(1L, Rows.responses(checkin.cycleId()));
        assertEquals(1L, Rows.answers(checkin.cycleId()));
    }

    @Test
    void storesCommentScrubbedAndApartFromTheAnswers() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 2);
        String colleague = checkin.member(1).displayName().split(" ")[0];
        String comment = "Ask " + colleague + " or mail me at jo.doe@example.com, call +49 170 1234567, "
                + "see https://wiki.example.com/x. Thanks!";

        slackInteraction(slackSubmitPayload(checkin.cycleId(), checkin.member(0).platformUserId(),
                fullAnswers(checkin), comment)).then().statusCode(200);

        Pending.flush(checkin.cycleId());
        List<Object[]> comments = Rows.list("select body from response_comment where cycle_id = ?1",
                checkin.cycleId());
        assertEquals(1, comments.size());
        assertEquals("Ask [name] or mail me at [email], call [phone], see [link]. Thanks!", comments.get(0)[0]);
    }

    @Test
    void acceptsPreviousSigningSecretDuringRotation() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String form = SignedRequests.form("payload", slackSubmitPayload(checkin.cycleId(),
                checkin.member(0).platformUserId(), fullAnswers(checkin), null));

        slackInteraction(form, SignedRequests.SLACK_PREVIOUS_SECRET, SignedRequests.now()).then().statusCode(200);

        Pending.flush(checkin.cycleId());
        assertEquals(1L, Rows.responses(checkin.cycleId()));
    }

    @Test
    void refusesWrongSignatureAndStoresNothing() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String form = SignedRequests.form("payload", slackSubmitPayload(checkin.cycleId(),
                checkin.member(0).platformUserId(), fullAnswers(checkin), null));

        slackInteraction(form, "not-the-secret", SignedRequests.now())
                .then().statusCode(401).contentType("application/problem+json");

        assertNothingStored(checkin);
    }

    @Test
    void refusesStaleTimestamp() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String form = SignedRequests.form("payload", slackSubmitPayload(checkin.cycleId(),
                checkin.member(0).platformUserId(), fullAnswers(checkin), null));
        String sixMinutesAgo = Long.toString(Instant.now().minusSeconds(360).getEpochSecond());

        slackInteraction(form, SignedRequests.SLACK_SECRET, sixMinutesAgo).then().statusCode(401);

        assertNothingStored(checkin);
    }

    @Test
    void refusesReplayedInteraction() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 2);
        String form = SignedRequests.form("payload", slackSubmitPayload(checkin.cycleId(),
                checkin.member(0).platformUserId(), fullAnswers(checkin), null));
        String timestamp = SignedRequests.now();
        slackInteraction(form, SignedRequests.SLACK_SECRET, timestamp).then().statusCode(200);

        slackInteraction(form, SignedRequests.SLACK_SECRET, timestamp)
                .then().statusCode(409).contentType("application/problem+json");

        Pending.flush(checkin.cycleId());
        assertEquals(1L, Rows.responses(checkin.cycleId()));
    }

    @Test
    void refusesInvalidAnswerNamingItsFieldAndStoresNothing() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        Map<UUID, String> answers = new HashMap<>(fullAnswers(checkin));
        answers.put(checkin.scale(), "9");

        slackInteraction(slackSubmitPayload(checkin.cycleId(), checkin.member(0).platformUserId(), answers, null))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("state.values.q:" + checkin.scale() + ".answer"));

        assertNothingStored(checkin);
    }

    @Test
    void refusesClosedCycle() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        OpenCheckInFixtures.close(checkin.cycleId());

        slackInteraction(slackSubmitPayload(checkin.cycleId(), checkin.member(0).platformUserId(),
                fullAnswers(checkin), null)).then().statusCode(410).body("status", equalTo(410));

        assertNothingStored(checkin);
    }

    @Test
    void refusesUnknownCycle() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);

        slackInteraction(slackSubmitPayload(UUID.randomUUID(), checkin.member(0).platformUserId(),
                fullAnswers(checkin), null)).then().statusCode(404).contentType("application/problem+json");

        assertNothingStored(checkin);
    }

    @Test
    void refusesSomeoneOutsideTheTeam() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        Checkin other = OpenCheckInFixtures.openCheckin("slack", 1);

        slackInteraction(slackSubmitPayload(checkin.cycleId(), other.member(0).platformUserId(),
                fullAnswers(checkin), null)).then().statusCode(403);

        assertNothingStored(checkin);
    }

    private static String responseUrlOf(String payload) {
        try {
            return SignedRequests.JSON.readTree(payload).get("response_url").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void assertNothingStored(Checkin checkin) {
        Pending.flush(checkin.cycleId());
        assertEquals(0L, Rows.responses(checkin.cycleId()));
        assertEquals(0L, Rows.receipts(checkin.cycleId()));
        assertEquals(0L, Rows.comments(checkin.cycleId()));
        assertEquals(0L, Rows.conversations(checkin.cycleId()));
    }
}
