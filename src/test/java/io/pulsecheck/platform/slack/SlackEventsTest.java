package io.pulsecheck.platform.slack;

import static io.pulsecheck.testing.SignedRequests.slackEvent;
import static io.pulsecheck.testing.SignedRequests.slackMessageEvent;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SlackEventsTest {

    @Test
    void answersUrlVerificationChallenge() {
        slackEvent("{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                + "\"type\":\"url_verification\"}")
                .then().statusCode(200)
                .body("challenge", equalTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    }

    @Test
    void acknowledgesAppRateLimitedWithoutAction() {
        long before = Rows.count("select count(*) from outbox_message");
        slackEvent("{\"token\":\"x\",\"type\":\"app_rate_limited\",\"team_id\":\"T0001\","
                + "\"minute_rate_limited\":1518467820,\"api_app_id\":\"A0001\"}")
                .then().statusCode(200);
        assertEquals(before, Rows.count("select count(*) from outbox_message"));
    }

    @Test
    void refusesAnUnknownEnvelopeTypeNamingTheField() {
        slackEvent("{\"type\":\"block_actions\",\"team_id\":\"T0001\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void refusesUnsignedAppRateLimited() {
        io.restassured.RestAssured.given().contentType("application/json")
                .body("{\"type\":\"app_rate_limited\",\"team_id\":\"T0001\"}")
                .when().post("/webhooks/slack/events")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesUnsignedUrlVerification() {
        io.restassured.RestAssured.given().contentType("application/json")
                .body("{\"challenge\":\"abc\",\"type\":\"url_verification\"}")
                .when().post("/webhooks/slack/events")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void storesRetriedEventOnce() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String eventId = "Ev" + UUID.randomUUID();
        String event = slackMessageEvent(eventId, checkin.member(0).platformUserId(), "pause 7");

        slackEvent(event).then().statusCode(200);
        slackEvent(event, SignedRequests.now(), "1").then().statusCode(200);
        slackEvent(event, SignedRequests.now(), "2").then().statusCode(200);

        assertEquals(1, Rows.count("select count(*) from outbox_message where dedup_key = ?1", "slack-reply:" + eventId));
        Person person = Rows.person(checkin.member(0).id());
        assertEquals(Person.Status.paused, person.status);
    }

    @Test
    void refusesReplayedEventWithoutRetryHeader() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String event = slackMessageEvent("Ev" + UUID.randomUUID(), checkin.member(0).platformUserId(), "help");
        slackEvent(event).then().statusCode(200);

        slackEvent(event).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void pausesStopsResumesAndSwitchesLanguageByDirectMessage() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String user = checkin.member(0).platformUserId();

        slackEvent(slackMessageEvent("Ev" + UUID.randomUUID(), user, "stop")).then().statusCode(200);
        assertEquals(Person.Status.opted_out, Rows.person(checkin.member(0).id()).status);

        slackEvent(slackMessageEvent("Ev" + UUID.randomUUID(), user, "resume")).then().statusCode(200);
        assertEquals(Person.Status.active, Rows.person(checkin.member(0).id()).status);

        String languageEvent = "Ev" + UUID.randomUUID();
        slackEvent(slackMessageEvent(languageEvent, user, "language de")).then().statusCode(200);
        assertEquals("de", Rows.person(checkin.member(0).id()).locale);
        List<Object[]> reply = Rows.list("select payload->>'text', payload->>'channel' from outbox_message "
                + "where dedup_key = ?1", "slack-reply:" + languageEvent);
        assertEquals(List.of("Ab jetzt schreibe ich auf Deutsch.", "D0001"), List.of(reply.get(0)));
    }

    @Test
    void answersOneQuestionAtATimeByTypedMessages() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        String user = checkin.member(0).platformUserId();

        String start = say(user, "hi");
        assertTrue(start.startsWith("Question 1 of 4: How cheerful did you feel?"), start);
        assertTrue(say(user, "7").startsWith("Sorry, that is not an answer"));
        assertEquals(1, Rows.conversations(checkin.cycleId()));
        assertTrue(say(user, "3").startsWith("Question 2 of 4"));
        assertTrue(say(user, "yes").startsWith("Question 3 of 4"));
        assertTrue(say(user, "too high").startsWith("Question 4 of 4"));
        assertEquals("Anything else you want to tell your team lead anonymously? Write it now, or skip.",
                say(user, "skip"));
        assertEquals("Thanks, your answer is recorded anonymously.", say(user, "Stop the overtime please"));

        assertEquals(Person.Status.active, Rows.person(checkin.member(0).id()).status);
        Pending.flush(checkin.cycleId());
        assertEquals(1, Rows.responses(checkin.cycleId()));
        assertEquals(3, Rows.answers(checkin.cycleId()));
        assertEquals(1, Rows.comments(checkin.cycleId()));
        assertEquals(1, Rows.receipts(checkin.cycleId()));
        assertEquals(0, Rows.conversations(checkin.cycleId()));
        assertEquals(1, Rows.count("select count(*) from answer a join response r on r.id = a.response_id "
                + "where r.cycle_id = ?1 and a.choice = 'c'", checkin.cycleId()));
    }

    @Test
    void ignoresMessagesFromBots() {
        String eventId = "Ev" + UUID.randomUUID();
        String event = "{\"type\":\"event_callback\",\"team_id\":\"T0001\",\"event_id\":\"" + eventId + "\","
                + "\"event\":{\"type\":\"message\",\"subtype\":\"bot_message\",\"bot_id\":\"B1\","
                + "\"channel_type\":\"im\",\"channel\":\"D1\",\"text\":\"hello\"}}";

        slackEvent(event).then().statusCode(200);

        assertEquals(0, Rows.count("select count(*) from outbox_message where dedup_key = ?1", "slack-reply:" + eventId));
    }

    private static String say(String user, String text) {
        String eventId = "Ev" + UUID.randomUUID();
        slackEvent(slackMessageEvent(eventId, user, text)).then().statusCode(200);
        List<Object[]> reply = Rows.list("select payload->>'text' from outbox_message where dedup_key = ?1",
                "slack-reply:" + eventId);
        return (String) reply.get(0)[0];
    }
}
