package io.pulsecheck.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.pulsecheck.testing.SignedRequests.slackEvent;
import static io.pulsecheck.testing.SignedRequests.slackMessageEvent;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.digest.DigestService;
import io.pulsecheck.questions.Question;
import io.pulsecheck.schedule.CheckInTick;
import io.pulsecheck.schedule.SchedulerFixtures;
import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.QueuedMessage;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * People whose locale names a German-speaking region ({@code de-CH}, {@code de-AT}) read every text in German:
 * prompts with their question text, typed replies, command replies and leader digests.
 */
@QuarkusTest
class RegionalGermanTest {

    /** Monday 09:00 in Zurich. */
    private static final Instant MONDAY_NINE_ZURICH = Instant.parse("2021-03-22T08:00:00Z");
    /** Monday 08:30 in Vienna. */
    private static final Instant MONDAY_MORNING_VIENNA = Instant.parse("2026-03-16T07:30:00Z");

    @Inject
    CheckInTick tick;

    @Inject
    SchedulerFixtures scheduling;

    @Inject
    InsightFixtures insights;

    @Inject
    DigestService digests;

    @Inject
    DeliveryTestSupport delivery;

    @Inject
    TestClock clock;

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    @Test
    void swissGermanMemberGetsAGermanPromptWithGermanQuestionText() {
        WireMockServer chat = FakeChatPlatforms.server();
        chat.stubFor(post(urlEqualTo(FakeChatPlatforms.SLACK_API_PATH + "/chat.postMessage"))
                .willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
        delivery.isolate();
        UUID member = scheduling.person(PlatformId.SLACK, "Europe/Zurich", "de-CH");
        UUID team = scheduling.team(List.of(member), List.of());
        scheduling.weeklySchedule(team, scheduling.questionSet(), LocalDate.of(2021, 3, 22));

        clock.setInstant(MONDAY_NINE_ZURICH);
        tick.runOnce();

        List<Object[]> prompts = Rows.list("select payload::text from outbox_message where kind = 'prompt' "
                + "and payload->>'channel' = ?1", scheduling.platformUserId(member));
        assertEquals(1, prompts.size());
        JsonPath prompt = JsonPath.from((String) prompts.get(0)[0]);
        assertEquals("Zeit für Ihren Check-in mit *" + scheduling.teamName(team) + "*. Er dauert eine Minute und "
                + "bleibt anonym: Ihre Führungskräfte sehen nur Gruppenergebnisse.",
                prompt.getString("blocks[0].text.text"));
        List<String> labels = prompt.getList("blocks.findAll { it.type == 'input' }.label.text");
        assertTrue(labels.contains("Ich war froh und guter Laune"), labels.toString());
        assertTrue(labels.contains("Möchten Sie noch etwas sagen? (optional)"), labels.toString());
        assertEquals("Absenden", prompt.getString("blocks.find { it.type == 'actions' }.elements.find { it.type == 'button' }.text.text"));
    }

    @Test
    void swissGermanMemberGetsGermanTypedReplies() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        speaksSwissGermanWithGermanQuestion(checkin);
        String user = checkin.member(0).platformUserId();

        assertEquals("Frage 1 von 4: Wie fröhlich waren Sie?\nAntworten Sie mit 0 bis 5, oder skip.", say(user, "hi"));
        assertTrue(say(user, "7").startsWith("Das passt leider nicht als Antwort auf diese Frage.\nFrage 1 von 4"));
        assertTrue(say(user, "3").startsWith("Frage 2 von 4"));
        assertTrue(say(user, "ja").startsWith("Frage 3 von 4"), "the yes/no hint names the German words");
        assertEquals("Frage 4 von 4: What would help you? (de)\nAntworten Sie in eigenen Worten, oder skip.",
                say(user, "Zu viel"));
        assertEquals("Möchten Sie Ihrer Teamleitung noch etwas anonym sagen? Schreiben Sie es jetzt, oder skip.",
                say(user, "skip"));
        assertEquals("Danke, Ihre Antwort ist anonym gespeichert.", say(user, "skip"));
    }

    @Test
    void swissGermanMemberGetsAGermanPauseReply() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 1);
        speaksSwissGermanWithGermanQuestion(checkin);

        String reply = say(checkin.member(0).platformUserId(), "pause 7");

        Person person = Rows.person(checkin.member(0).id());
        assertEquals(Person.Status.paused, person.status);
        assertEquals("Check-ins sind bis " + person.pausedUntil + " pausiert. Schöne Auszeit!", reply);
        assertEquals("de-CH", person.locale, "the locale is kept as given; only the texts resolve it");
    }

    @Test
    void austrianLeaderGetsAGermanDigest() {
        SeededTeam team = insights.teamWithHistory("regional");
        String email = insights.leader(team.id(), "slack", InsightFixtures.unique("user"), "de-AT", "Europe/Vienna");
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("channel", "slack", "workspace", "T0001"))
                .when().put("/api/v1/digest-subscriptions/{id}", insights.personId(email))
                .then().statusCode(200);

        clock.setInstant(MONDAY_MORNING_VIENNA);
        digests.sendDueDigests();

        QueuedMessage digest = insights.queued("digest:" + insights.personId(email) + ":" + team.id() + ":2026-03-16")
                .orElseThrow(() -> new AssertionError("no digest queued"));
        JsonPath payload = JsonPath.from(digest.payload());
        assertEquals("Wöchentlicher Puls: " + team.name(), payload.getString("blocks[0].text.text"));
        List<String> fields = payload.getList("blocks.find { it.type == 'section' && it.fields }.fields.text");
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("*Wohlbefinden*\n")), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("*Beteiligung*\n")), fields.toString());
        assertTrue(digests.digestCard(team.id(), "de-AT").imageUrl().endsWith("&lang=de"));
        assertTrue(digest.payload().contains("Sprechen Sie die Arbeitslast offen an"),
                "the catalogue's suggestion in German");
        assertTrue(digest.payload().contains("Ihre offenen Maßnahmen"));
    }

    /** The member reads {@code de-CH}; the first question gets a German text of its own (the fixture has "... (de)"). */
    private static void speaksSwissGermanWithGermanQuestion(Checkin checkin) {
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = Person.findById(checkin.member(0).id());
            person.locale = "de-CH";
            Question scale = Question.findById(checkin.scale());
            scale.text = Map.of("en", "How cheerful did you feel?", "de", "Wie fröhlich waren Sie?");
        });
    }

    private static String say(String user, String text) {
        String eventId = "Ev" + UUID.randomUUID();
        slackEvent(slackMessageEvent(eventId, user, text)).then().statusCode(200);
        List<Object[]> reply = Rows.list("select payload->>'text' from outbox_message where dedup_key = ?1",
                "slack-reply:" + eventId);
        return (String) reply.get(0)[0];
    }
}
