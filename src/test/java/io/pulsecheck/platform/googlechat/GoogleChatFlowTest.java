package io.pulsecheck.platform.googlechat;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.added;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.clicked;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.inputs;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.message;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.newSpace;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.removed;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.send;
import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.delivery.OutboxWorker;
import io.pulsecheck.digest.DigestService;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.Reach;
import io.pulsecheck.schedule.CycleQuestion;
import io.pulsecheck.teams.PersonService;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The Google Chat app end to end, with WireMock as Google: install, prompt, answer in the card, leader messages. */
@QuarkusTest
class GoogleChatFlowTest {

    /** Monday 08:30 in Berlin: leaders in Berlin get their weekly digest. */
    private static final Instant MONDAY_MORNING_BERLIN = Instant.parse("2026-03-16T07:30:00Z");
    private static final String THANKS = "Thanks, your answer is recorded anonymously.";

    @Inject
    ChatPlatforms platforms;

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker worker;

    @Inject
    DeliveryTestSupport delivery;

    @Inject
    InsightFixtures fixtures;

    @Inject
    DigestService digests;

    @Inject
    PersonService people;

    @Inject
    TestClock clock;

    @BeforeEach
    void freshGoogle() {
        FakeGoogle.stubDefaults();
    }

    @AfterEach
    void realClock() {
        clock.reset();
    }

    @Test
    void installPromptAnswerInCardSealsTheAnswerAndUpdatesTheCard() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 2);
        String user = checkin.member(0).platformUserId();
        String space = newSpace();

        send(added(space, user, null)).then().statusCode(200)
                .body("text", startsWith("Hello! Your check-ins will arrive here."));
        assertEquals(Reach.INTERACTIVE, reach(checkin, 0));

        queuePrompt(checkin, 0);
        worker.deliverDue();
        FakeGoogle.server().verify(1, postRequestedFor(urlEqualTo(FakeGoogle.API + "/v1/" + space + "/messages"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + FakeGoogle.ACCESS_TOKEN))
                .withRequestBody(matchingJsonPath("$.cardsV2[0].card.sections[1].widgets[0].selectionInput.name",
                        WireMock.equalTo("q:" + checkin.scale())))
                .withRequestBody(matchingJsonPath("$.cardsV2[0].card.sections[2].widgets[2].buttonList.buttons[0]"
                        + ".onClick.action.parameters[0].value", WireMock.equalTo(checkin.cycleId().toString()))));

        send(clicked(space, user, checkin.cycleId(), withComment(inputs(fullAnswers(checkin)), "Good week")))
                .then().statusCode(200)
                .body("actionResponse.type", equalTo("UPDATE_MESSAGE"))
                .body("text", equalTo(THANKS))
                .body("cardsV2[0].card.sections[0].widgets[0].textParagraph.text", equalTo(THANKS));

        assertEquals(1L, Rows.count("select count(*) from receipt where cycle_id = ?1 and person_id = ?2",
                checkin.cycleId(), checkin.member(0).id()));
        assertEquals(0L, Rows.responses(checkin.cycleId()), "nothing readable before k submissions are pending");
        Pending.flush(checkin.cycleId());
        assertEquals(1L, Rows.responses(checkin.cycleId()));
        assertEquals(3L, Rows.answers(checkin.cycleId()));
        assertEquals(1L, Rows.comments(checkin.cycleId()));
    }

    @Test
    void aSecondSubmitIsAnsweredWithAlreadyAnsweredAndStoresNothing() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 1);
        String user = checkin.member(0).platformUserId();
        String space = install(user);
        send(clicked(space, user, checkin.cycleId(), inputs(fullAnswers(checkin)))).then().statusCode(200);

        send(clicked(space, user, checkin.cycleId(), inputs(Map.of(checkin.scale(), "0")))).then().statusCode(200)
                .body("actionResponse.type", equalTo("UPDATE_MESSAGE"))
                .body("text", startsWith("You have already answered"));

        Pending.flush(checkin.cycleId());
        assertEquals(1L, Rows.responses(checkin.cycleId()));
        assertEquals(3L, Rows.answers(checkin.cycleId()));
    }

    @Test
    void aSubmitAfterTheCloseUpdatesTheCardToClosedAndWritesNothing() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 1);
        String user = checkin.member(0).platformUserId();
        String space = install(user);
        OpenCheckInFixtures.close(checkin.cycleId());
        long replayRecords = Rows.count("select count(*) from inbound_request");

        send(clicked(space, user, checkin.cycleId(), inputs(fullAnswers(checkin)))).then().statusCode(200)
                .body("actionResponse.type", equalTo("UPDATE_MESSAGE"))
                .body("text", equalTo("This check-in has closed; answers are no longer accepted."));

        assertEquals(0L, Rows.receipts(checkin.cycleId()));
        assertEquals(0L, Pending.count(checkin.cycleId()));
        assertEquals(replayRecords, Rows.count("select count(*) from inbound_request"));
    }

    @Test
    void anInvalidAnswerIsRefusedNamingItsFieldAndStoresNothing() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 1);
        String user = checkin.member(0).platformUserId();
        String space = install(user);
        Map<UUID, String> answers = new HashMap<>(fullAnswers(checkin));
        answers.put(checkin.scale(), "9");

        send(clicked(space, user, checkin.cycleId(), inputs(answers))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("common.formInputs.q:" + checkin.scale()));

        assertEquals(0L, Rows.receipts(checkin.cycleId()));
        assertEquals(0L, Pending.count(checkin.cycleId()));
    }

    @Test
    void theSameEventAgainIsRefusedAsAReplay() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 1);
        String user = checkin.member(0).platformUserId();
        String space = install(user);
        String event = clicked(space, user, checkin.cycleId(), inputs(fullAnswers(checkin))).toString();
        String token = FakeGoogle.chatToken();
        GoogleChatEvents.send(event, token).then().statusCode(200);

        GoogleChatEvents.send(event, token).then().statusCode(409).contentType("application/problem+json");

        assertEquals(1L, Rows.receipts(checkin.cycleId()));
        assertEquals(1L, Pending.count(checkin.cycleId()));
    }

    @Test
    void typedCommandsAreCarriedOutAndAnswered() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 1);
        String user = checkin.member(0).platformUserId();
        String space = install(user);

        send(message(space, user, "stop")).then().statusCode(200).body("text", startsWith("You will not"));
        assertEquals("opted_out", Rows.person(checkin.member(0).id()).status.name());

        send(message(space, user, "resume")).then().statusCode(200);
        assertEquals("active", Rows.person(checkin.member(0).id()).status.name());
    }

    @Test
    void removingTheAppForgetsTheSpaceAndStopsPrompts() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 1);
        String user = checkin.member(0).platformUserId();
        String space = install(user);

        send(removed(space, user)).then().statusCode(200);

        assertEquals(0L, Rows.count("select count(*) from google_chat_space where space_name = ?1", space));
        assertEquals(Reach.NONE, reach(checkin, 0));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> platforms.prompt(promptFor(checkin, 0))).isEmpty());
    }

    @Test
    void erasingThePersonForgetsTheirSpace() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 1);
        String space = install(checkin.member(0).platformUserId());

        people.erase(checkin.member(0).id());

        assertEquals(0L, Rows.count("select count(*) from google_chat_space where space_name = ?1", space));
    }

    @Test
    void someoneNotOnTheRosterIsToldSoAndNothingIsStored() {
        String space = newSpace();

        send(added(space, "users/" + UUID.randomUUID(), "nobody@example.com")).then().statusCode(200)
                .body("text", startsWith("I do not know you yet"));

        assertEquals(0L, Rows.count("select count(*) from google_chat_space where space_name = ?1", space));
    }

    @Test
    void aPersonIsMatchedByTheEmailOfTheirGoogleAccount() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 1);
        String email = Rows.person(checkin.member(0).id()).email;
        String space = newSpace();

        send(added(space, "users/1" + Math.abs(space.hashCode()), email.toUpperCase())).then().statusCode(200);

        assertEquals(1L, Rows.count("select count(*) from google_chat_space where person_id = ?1 and space_name = ?2",
                checkin.member(0).id(), space));
    }

    @Test
    void theLeaderGetsTheWeeklyDigestInTheirDirectMessage() {
        InsightFixtures.SeededTeam team = fixtures.teamWithHistory("gchat");
        String leaderUser = "users/" + InsightFixtures.unique("lead");
        UUID leader = fixtures.personId(fixtures.leader(team.id(), "google-chat", leaderUser, "en", "Europe/Berlin"));
        String space = install(leaderUser);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "google-chat"))
                .when().put("/api/v1/digest-subscriptions/{id}", leader).then().statusCode(200);
        delivery.isolate();

        clock.setInstant(MONDAY_MORNING_BERLIN);
        digests.sendDueDigests();
        JsonPath destination = JsonPath.from(fixtures.queued("digest:" + leader + ":" + team.id() + ":2026-03-16")
                .orElseThrow().destination());
        assertEquals("google_chat_api", destination.getString("transport"));
        assertEquals(space, destination.getString("workspace"));
        worker.deliverDue();

        FakeGoogle.server().verify(1, postRequestedFor(urlEqualTo(FakeGoogle.API + "/v1/" + space + "/messages"))
                .withRequestBody(matchingJsonPath("$.cardsV2[0].card.header.title",
                        WireMock.matching("Weekly pulse: .*"))));
    }

    @Test
    void aLeaderOnAnotherPlatformNeedsAWebhookForGoogleChatDigests() {
        InsightFixtures.SeededTeam team = fixtures.teamWithHistory("gchat-hook");
        UUID leader = fixtures.personId(fixtures.leader(team.id(), "slack", "U" + UUID.randomUUID(), "en", "UTC"));

        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "google-chat"))
                .when().put("/api/v1/digest-subscriptions/{id}", leader).then().statusCode(400)
                .body("errors.field", hasItem("channel"));
    }

    @Test
    void theSpaceTableHoldsNothingOfACheckIn() {
        List<String> columns = Rows.list("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = 'google_chat_space' order by column_name""")
                .stream().map(row -> (String) row[0]).toList();

        assertEquals(List.of("person_id", "space_name", "user_name"), columns);
        assertFalse(columns.stream().anyMatch(c -> c.contains("cycle") || c.endsWith("_at")));
    }

    private String install(String user) {
        String space = newSpace();
        send(added(space, user, null)).then().statusCode(200);
        return space;
    }

    private Reach reach(Checkin checkin, int member) {
        return platforms.of(PlatformId.GOOGLE_CHAT).orElseThrow().reach(recipient(checkin, member));
    }

    private static ChatRecipient recipient(Checkin checkin, int member) {
        return new ChatRecipient(checkin.member(member).id(), PlatformId.GOOGLE_CHAT,
                checkin.member(member).platformUserId(), "en");
    }

    private static PromptContent promptFor(Checkin checkin, int member) {
        return new PromptContent(false, checkin.cycleId(), checkin.cycleDate(), "Team",
                recipient(checkin, member), CycleQuestion.questionsOf(checkin.cycleId()), List.of());
    }

    private void queuePrompt(Checkin checkin, int member) {
        delivery.isolate();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(platforms.prompt(promptFor(checkin, member))
                .orElseThrow().forPerson(checkin.cycleId(), checkin.member(member).id())));
    }

    private static Map<String, String> withComment(Map<String, String> inputs, String comment) {
        Map<String, String> all = new HashMap<>(inputs);
        all.put("comment", comment);
        return all;
    }
}
