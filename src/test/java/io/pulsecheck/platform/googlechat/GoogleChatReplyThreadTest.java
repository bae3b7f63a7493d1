package io.pulsecheck.platform.googlechat;

import static io.pulsecheck.platform.googlechat.GoogleChatEvents.added;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.clicked;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.inputs;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.newSpace;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.send;
import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.replies.ReplyFixtures;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.schedule.CycleQuestion;
import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A reply thread that starts with the Submit of a Google Chat card: the code arrives in the updated card, only there. */
@QuarkusTest
class GoogleChatReplyThreadTest {

    private static final Pattern CODE = Pattern.compile("`([A-Za-z0-9_-]{43})`");

    @BeforeEach
    void freshGoogle() {
        FakeGoogle.stubDefaults();
    }

    @Test
    void aThreadRoundTripsFromTheGoogleChatWriterToTheLeaderAndBack() {
        Checkin checkin = openCheckin(3);
        String code = codeIn(submit(checkin, 0, "The release plan keeps changing", true));
        submit(checkin, 1, "Fine", false);
        submit(checkin, 2, "Good week", false);
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
    void theCodeArrivesInTheUpdatedCardAndIsNeitherQueuedNorStored() {
        Checkin checkin = openCheckin(1);

        JsonPath reply = submit(checkin, 0, "Too many meetings", true);

        String code = codeIn(reply);
        assertEquals("UPDATE_MESSAGE", reply.getString("actionResponse.type"));
        assertTrue(reply.getString("text").contains("/replies"), reply.getString("text"));
        assertTrue(reply.getString("cardsV2[0].card.sections[0].widgets[0].textParagraph.text")
                .contains("<b>" + code + "</b>"));
        assertEquals(0, Rows.count("select count(*) from outbox_message where payload::text like ?1",
                "%" + code + "%"), "the outbox holds the code");
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

        JsonPath reply = submit(checkin, 0, "Zu viele Termine", true);

        codeIn(reply);
        assertTrue(reply.getString("text").contains("Ihr Antwortcode"), reply.getString("text"));
    }

    @Test
    void noCodeIsHandedOutWithoutACommentOrWithoutTheBoxTicked() {
        Checkin checkin = openCheckin(2);

        JsonPath withoutComment = submit(checkin, 0, null, true);
        JsonPath unticked = submit(checkin, 1, "No replies, please", false);

        assertFalse(CODE.matcher(withoutComment.prettify()).find(), withoutComment.prettify());
        assertFalse(CODE.matcher(unticked.prettify()).find(), unticked.prettify());
        ReleasedCycles.release(checkin.cycleId());
        assertEquals(0, Rows.count("""
                select count(*) from reply_thread t join response_comment c on c.id = t.comment_id
                where c.cycle_id = ?1""", checkin.cycleId()));
    }

    @Test
    void thePromptOffersTheRepliesBoxUnderTheComment() {
        Checkin checkin = openCheckin(1);
        ObjectNode card = GoogleChatPrompts.card(new PromptContent(false, checkin.cycleId(), checkin.cycleDate(),
                "Team", new ChatRecipient(checkin.member(0).id(), PlatformId.GOOGLE_CHAT,
                        checkin.member(0).platformUserId(), "en"),
                CycleQuestion.questionsOf(checkin.cycleId()), List.of()));

        ArrayNode end = (ArrayNode) card.path("cardsV2").path(0).path("card").path("sections").path(2).path("widgets");
        assertEquals("comment", end.path(0).path("textInput").path("name").asText());
        assertEquals("replies", end.path(1).path("selectionInput").path("name").asText());
        assertEquals("CHECK_BOX", end.path(1).path("selectionInput").path("type").asText());
        assertEquals("My leader may reply, anonymously",
                end.path(1).path("selectionInput").path("items").path(0).path("text").asText());
    }

    /** An open Google Chat check-in with the comment threshold at its minimum and every member's space added. */
    private static Checkin openCheckin(int members) {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", members);
        QuarkusTransaction.requiringNew().run(() -> {
            Cycle cycle = Cycle.findById(checkin.cycleId());
            cycle.commentThreshold = 3;
        });
        return checkin;
    }

    private static JsonPath submit(Checkin checkin, int member, String comment, boolean replies) {
        String user = checkin.member(member).platformUserId();
        String space = newSpace();
        send(added(space, user, null)).then().statusCode(200);
        Map<String, String> inputs = new HashMap<>(inputs(fullAnswers(checkin)));
        if (comment != null) {
            inputs.put("comment", comment);
        }
        if (replies) {
            inputs.put("replies", "wanted");
        }
        return send(clicked(space, user, checkin.cycleId(), inputs)).then().statusCode(200).extract().jsonPath();
    }

    private static String codeIn(JsonPath reply) {
        Matcher matcher = CODE.matcher(reply.getString("text"));
        assertTrue(matcher.find(), reply.getString("text"));
        return matcher.group(1);
    }
}
