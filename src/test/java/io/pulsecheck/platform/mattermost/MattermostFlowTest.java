package io.pulsecheck.platform.mattermost;

import static io.pulsecheck.testing.SignedRequests.mattermostAction;
import static io.pulsecheck.testing.SignedRequests.mattermostCommand;
import static io.pulsecheck.testing.SignedRequests.mattermostContext;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.conversation.ConversationFlow;
import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.OpenCheckInFixtures.Member;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class MattermostFlowTest {

    private static final String MATTERMOST_CLOSING = "Anything else you want to tell your team lead anonymously? "
            + "Send /pulse followed by your comment, or press Submit.";

    @Test
    void answersOneQuestionAtATimeAndSealsAnonymously() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 2);
        Member member = checkin.member(0);

        JsonPath second = press(checkin, member, checkin.scale().toString(), "5");
        assertEquals("Question 2 of 4: Do you know what is going on?", second.getString("update.message").split("\n")[0]);
        assertEquals(1, Rows.conversations(checkin.cycleId()));
        assertEquals(0, Pending.count(checkin.cycleId()));
        assertEquals(0, Rows.responses(checkin.cycleId()));

        // The next question's buttons carry signed contexts that the endpoint accepts in turn.
        ObjectNode yes = buttonContext(second, 0);
        assertEquals("1", yes.get("value").asText());
        JsonPath third = pressContext(member, yes);
        assertEquals(3, third.getList("update.props.attachments[0].actions").size() - 1);
        JsonPath fourth = pressContext(member, buttonContext(third, 1));
        assertEquals("Send /pulse followed by your answer, or press Skip.",
                fourth.getString("update.props.attachments[0].text"));
        assertEquals("skip", buttonContext(fourth, 0).get("value").asText());
        JsonPath comment = pressContext(member, buttonContext(fourth, 0));
        assertEquals("submit", comment.getString("update.props.attachments[0].actions[0].integration.context.question"));

        JsonPath done = pressContext(member, buttonContext(comment, 0));

        assertEquals("Thanks, your answer is recorded anonymously.", done.getString("update.message"));
        assertEquals(0, done.getList("update.props.attachments").size());
        Pending.flush(checkin.cycleId());
        assertEquals(1, Rows.responses(checkin.cycleId()));
        assertEquals(3, Rows.answers(checkin.cycleId()));
        assertEquals(1, Rows.receipts(checkin.cycleId()));
        assertEquals(0, Rows.conversations(checkin.cycleId()));
        assertEquals(1, Rows.count("select count(*) from answer a join response r on r.id = a.response_id "
                + "where r.cycle_id = ?1 and a.choice = 'b' and a.dimension = 'workload'", checkin.cycleId()));
    }

    @Test
    void keepsConversationProgressOnlyAsCiphertext() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);

        press(checkin, checkin.member(0), checkin.scale().toString(), "4");

        List<Object[]> rows = Rows.list("select state is null, sealed_state from conversation where cycle_id = ?1",
                checkin.cycleId());
        assertEquals(1, rows.size());
        assertEquals(true, rows.get(0)[0], "plaintext progress stored");
        String sealed = new String((byte[]) rows.get(0)[1], java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(false, sealed.contains(checkin.scale().toString()) || sealed.contains("answers"));
    }

    @Test
    void takesClosingCommentFromSlashCommand() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        press(checkin, member, checkin.scale().toString(), "2");
        press(checkin, member, checkin.yesNo().toString(), "skip");
        press(checkin, member, checkin.choice().toString(), "skip");
        press(checkin, member, checkin.freeText().toString(), "skip");

        mattermostCommand(member.platformUserId(), "Meetings at 8 are hard, ask anna@example.com")
                .then().statusCode(200)
                .body("response_type", equalTo("ephemeral"))
                .body("text", equalTo("Thanks, your answer is recorded anonymously."));

        Pending.flush(checkin.cycleId());
        assertEquals(1, Rows.answers(checkin.cycleId()));
        assertEquals(1, Rows.count("select count(*) from response_comment where cycle_id = ?1 "
                + "and body = 'Meetings at 8 are hard, ask [email]'", checkin.cycleId()));
        assertEquals(0, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void closingStepAfterButtonsNamesSubmitAndSlashCommand() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        press(checkin, member, checkin.scale().toString(), "4");
        press(checkin, member, checkin.yesNo().toString(), "skip");
        press(checkin, member, checkin.choice().toString(), "skip");

        JsonPath closing = press(checkin, member, checkin.freeText().toString(), "skip");

        assertEquals(MATTERMOST_CLOSING, closing.getString("update.message"));
        assertEquals("Submit", closing.getString("update.props.attachments[0].actions[0].name"));
    }

    @Test
    void closingStepAfterSlashCommandAnswerNamesSubmitAndSlashCommand() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        press(checkin, member, checkin.scale().toString(), "4");
        press(checkin, member, checkin.yesNo().toString(), "skip");
        press(checkin, member, checkin.choice().toString(), "skip");

        mattermostCommand(member.platformUserId(), "More quiet hours").then().statusCode(200)
                .body("text", equalTo(MATTERMOST_CLOSING))
                .body("attachments[0].actions[0].name", equalTo("Submit"));
    }

    @Test
    void refusesSecondSubmissionPolitely() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        press(checkin, member, ConversationFlow.SUBMIT, ConversationFlow.SUBMIT);

        JsonPath again = press(checkin, member, checkin.scale().toString(), "1");

        assertEquals("You have already answered this check-in. Thank you!", again.getString("update.message"));
        Pending.flush(checkin.cycleId());
        assertEquals(1, Rows.responses(checkin.cycleId()));
        assertEquals(0, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void refusesForgedActionToken() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);
        ObjectNode context = mattermostContext(checkin.cycleId(), member.id(), checkin.scale().toString(), "1");
        context.put("value", "5");

        mattermostAction(mattermostAction(member.platformUserId(), context))
                .then().statusCode(401).contentType("application/problem+json");

        assertEquals(0, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void refusesButtonPressedBySomeoneElse() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 2);
        ObjectNode context = mattermostContext(checkin.cycleId(), checkin.member(0).id(),
                checkin.scale().toString(), "1");

        mattermostAction(mattermostAction(checkin.member(1).platformUserId(), context)).then().statusCode(403);

        assertEquals(0, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void refusesButtonPressWithoutUserId() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);

        pressWithout(checkin, "user_id").then().statusCode(403).contentType("application/problem+json");

        assertEquals(0, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void refusesButtonPressWithoutTriggerId() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);

        // Without a trigger id nothing would tell a replay from a new press.
        pressWithout(checkin, "trigger_id").then().statusCode(400).body("errors.field", hasItem("trigger_id"));

        assertEquals(0, Rows.conversations(checkin.cycleId()));
    }

    @Test
    void refusesReplayedButtonPress() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        String request = mattermostAction(checkin.member(0).platformUserId(),
                mattermostContext(checkin.cycleId(), checkin.member(0).id(), checkin.scale().toString(), "1"));
        mattermostAction(request).then().statusCode(200);

        mattermostAction(request).then().statusCode(409);
    }

    @Test
    void slashCommandPausesAndSwitchesLanguage() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        String user = checkin.member(0).platformUserId();

        mattermostCommand(user, "pause 2027-01-06").then().statusCode(200)
                .body("text", equalTo("Check-ins are paused until 2027-01-06. Enjoy your time off!"));
        Person paused = Rows.person(checkin.member(0).id());
        assertEquals(Person.Status.paused, paused.status);
        assertEquals(LocalDate.of(2027, 1, 6), paused.pausedUntil);

        mattermostCommand(user, "language de").then().statusCode(200)
                .body("text", equalTo("Ab jetzt schreibe ich auf Deutsch."));
        mattermostCommand(user, "help").then().statusCode(200).body("text", startsWith("Ich stelle Ihnen"));
    }

    @Test
    void slashCommandStartsTheConversationWithButtons() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);

        mattermostCommand(checkin.member(0).platformUserId(), "start").then().statusCode(200)
                .body("text", startsWith("Question 1 of 4"))
                .body("attachments[0].actions", hasSize(7));
    }

    @Test
    void refusesSlashCommandWithWrongToken() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);

        mattermostCommand(SignedRequests.mattermostCommandForm("wrong", checkin.member(0).platformUserId(), "stop"))
                .then().statusCode(401).contentType("application/problem+json");

        assertEquals(Person.Status.active, Rows.person(checkin.member(0).id()).status);
    }

    private static JsonPath press(Checkin checkin, Member member, String question, String value) {
        return pressContext(member, mattermostContext(checkin.cycleId(), member.id(), question, value));
    }

    private static JsonPath pressContext(Member member, ObjectNode context) {
        return mattermostAction(mattermostAction(member.platformUserId(), context))
                .then().statusCode(200).extract().jsonPath();
    }

    /** The first member's valid press on the first question, sent without one of Mattermost's fields. */
    private static Response pressWithout(Checkin checkin, String field) {
        try {
            ObjectNode request = (ObjectNode) SignedRequests.JSON.readTree(mattermostAction(
                    checkin.member(0).platformUserId(), mattermostContext(checkin.cycleId(), checkin.member(0).id(),
                            checkin.scale().toString(), "1")));
            request.remove(field);
            return mattermostAction(request.toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode buttonContext(JsonPath update, int index) {
        try {
            return (ObjectNode) SignedRequests.JSON.valueToTree(update.getMap(
                    "update.props.attachments[0].actions[" + index + "].integration.context"));
        } catch (IllegalArgumentException e) {
            throw new AssertionError(e);
        }
    }

}
