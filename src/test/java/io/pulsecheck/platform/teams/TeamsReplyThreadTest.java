package io.pulsecheck.platform.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.pulsecheck.platform.teams.TeamsActivities.send;
import static io.pulsecheck.platform.teams.TeamsBotFlowTest.encoded;
import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.delivery.OutboxWorker;
import io.pulsecheck.replies.ReplyFixtures;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.FakeMicrosoft;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A reply thread that starts with the Submit of a Teams card: the code arrives in the card that replaces the prompt,
 * sent straight after the commit and never through the outbox.
 */
@QuarkusTest
class TeamsReplyThreadTest {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Inject
    DeliveryTestSupport support;

    @Inject
    OutboxWorker worker;

    @BeforeEach
    void freshMicrosoftAndOutbox() {
        FakeMicrosoft.stub();
        support.isolate();
    }

    @Test
    void aThreadRoundTripsFromTheTeamsWriterToTheLeaderAndBack() {
        Checkin checkin = openCheckin(3);
        TeamsActivities.User writer = submit(checkin, 0, "The release plan keeps changing", true);
        submit(checkin, 1, "Fine", false);
        submit(checkin, 2, "Good week", false);
        String code = codeSentTo(writer);
        ReleasedCycles.release(checkin.cycleId());
        String leader = TestTokens.leader(ReplyFixtures.leaderEmail(checkin.teamId()));

        String commentId = given().auth().oauth2(leader).when()
                .get("/api/v1/teams/{id}/reply-threads", checkin.teamId())
                .then().statusCode(200).body("$", hasSize(1))
                .body("[0].comment", equalTo("The release plan keeps changing"))
                .extract().path("[0].commentId");
        given().auth().oauth2(leader).contentType(ContentType.JSON)
                .body(Map.of("body", "Thank you. We fix the plan on Monday."))
                .when().post("/api/v1/teams/{id}/reply-threads/{comment}/messages", checkin.teamId(), commentId)
                .then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("token", code))
                .when().post("/api/v1/reply-threads/by-code")
                .then().statusCode(200)
                .body("comment", equalTo("The release plan keeps changing"))
                .body("messages.from", contains("leader"))
                .body("messages[0].body", equalTo("Thank you. We fix the plan on Monday."));
        given().contentType(ContentType.JSON).body(Map.of("token", code, "body", "Monday works, thanks"))
                .when().post("/api/v1/reply-threads/by-code/messages")
                .then().statusCode(201).body("messages.from", contains("leader", "writer"));
    }

    @Test
    void theCodeReplacesThePromptDirectlyAndIsNeitherQueuedNorStored() {
        Checkin checkin = openCheckin(1);

        TeamsActivities.User writer = submit(checkin, 0, "Too many meetings", true);

        String code = codeSentTo(writer);
        JsonPath card = JsonPath.from(updatesOf(writer).get(0).getBodyAsString());
        assertEquals("card-" + writer.teamsId(), card.getString("id"));
        assertEquals("Thanks, your answer is recorded anonymously.", card.getString("attachments[0].content.body[0].text"));
        assertEquals(code, card.getString("attachments[0].content.body[1].inlines[1].text"));
        assertEquals("Monospace", card.getString("attachments[0].content.body[1].inlines[1].fontType"));
        assertTrue(card.getString("attachments[0].content.body[1].inlines[2].text").contains("/replies"));
        assertEquals(0, Rows.count("""
                select count(*) from outbox_message where person_id = ?1
                and destination->>'transport' = 'teams_bot_update'""", checkin.member(0).id()),
                "the answered card is queued besides");
        assertEquals(0, Rows.count("select count(*) from delivery_attempt t where t::text like ?1",
                "%" + code + "%"), "a delivery attempt holds the code");
        for (Object[] table : Rows.list("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'""")) {
            assertEquals(0, Rows.count("select count(*) from " + table[0] + " t where t::text like ?1",
                    "%" + code + "%"), table[0] + " holds the code");
        }
    }

    @Test
    void theCodeIsWordedInGermanForAGermanWriter() {
        Checkin checkin = openCheckin(1);
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = Person.findById(checkin.member(0).id());
            person.locale = "de";
        });

        TeamsActivities.User writer = submit(checkin, 0, "Zu viele Termine", true);

        codeSentTo(writer);
        assertTrue(updatesOf(writer).get(0).getBodyAsString().contains("Ihr Antwortcode"));
    }

    @Test
    void whenTeamsRefusesTheCodeCardThePlainThankYouFollowsThroughTheOutbox() {
        Checkin checkin = openCheckin(1);
        FakeMicrosoft.server().stubFor(put(urlPathMatching(FakeMicrosoft.CONNECTOR_PATH + "v3/conversations/.*"))
                .atPriority(1).willReturn(aResponse().withStatus(503)));

        TeamsActivities.User writer = submit(checkin, 0, "Too many meetings", true);

        String code = codeIn(updatesOf(writer).get(0).getBodyAsString());
        assertEquals(1, Rows.count("""
                select count(*) from outbox_message where person_id = ?1
                and destination->>'transport' = 'teams_bot_update' and payload::text like '%recorded anonymously%'""",
                checkin.member(0).id()));
        assertEquals(0, Rows.count("select count(*) from outbox_message where payload::text like ?1",
                "%" + code + "%"), "the outbox holds the code");
    }

    @Test
    void noCodeIsHandedOutWithoutACommentOrWithTheToggleOff() {
        Checkin checkin = openCheckin(2);

        TeamsActivities.User withoutComment = submit(checkin, 0, null, true);
        TeamsActivities.User toggleOff = submit(checkin, 1, "No replies, please", false);

        assertTrue(updatesOf(withoutComment).isEmpty(), "nothing sent before the outbox runs");
        assertTrue(updatesOf(toggleOff).isEmpty(), "nothing sent before the outbox runs");
        worker.deliverDue();
        for (TeamsActivities.User user : List.of(withoutComment, toggleOff)) {
            List<LoggedRequest> updates = updatesOf(user);
            assertEquals(1, updates.size());
            assertFalse(updates.get(0).getBodyAsString().contains("RichTextBlock"), updates.get(0).getBodyAsString());
        }
        ReleasedCycles.release(checkin.cycleId());
        assertEquals(0, Rows.count("""
                select count(*) from reply_thread t join response_comment c on c.id = t.comment_id
                where c.cycle_id = ?1""", checkin.cycleId()));
    }

    /** An open Teams check-in with the comment threshold at its minimum. */
    private static Checkin openCheckin(int members) {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", members);
        QuarkusTransaction.requiringNew().run(() -> {
            Cycle cycle = Cycle.findById(checkin.cycleId());
            cycle.commentThreshold = 3;
        });
        return checkin;
    }

    /** Installs the app for the member and submits their card, with the replies toggle on or off. */
    private static TeamsActivities.User submit(Checkin checkin, int member, String comment, boolean replies) {
        TeamsActivities.User user = TeamsActivities.User.of(checkin.member(member).platformUserId());
        send(TeamsActivities.install(user)).then().statusCode(200);
        ObjectNode activity = TeamsActivities.submit(user, checkin.cycleId(), fullAnswers(checkin), comment,
                "card-" + user.teamsId());
        ((ObjectNode) activity.path("value")).put("replies", replies ? "wanted" : "no");
        send(activity).then().statusCode(200);
        return user;
    }

    private static List<LoggedRequest> updatesOf(TeamsActivities.User user) {
        return FakeMicrosoft.server().findAll(putRequestedFor(urlPathMatching(FakeMicrosoft.CONNECTOR_PATH
                + "v3/conversations/" + encoded(user.conversationId()) + "/activities/.*")));
    }

    private static String codeSentTo(TeamsActivities.User user) {
        List<LoggedRequest> updates = updatesOf(user);
        assertEquals(1, updates.size(), "one card with the code");
        return codeIn(updates.get(0).getBodyAsString());
    }

    private static String codeIn(String body) {
        String code = JsonPath.from(body).getString("attachments[0].content.body[1].inlines[1].text");
        assertTrue(code != null && CODE.matcher(code).matches(), body);
        return code;
    }
}
