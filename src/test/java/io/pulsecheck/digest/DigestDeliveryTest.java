package io.pulsecheck.digest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.QueuedMessage;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.SqlStatementLog;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DigestDeliveryTest {

    /** Monday 08:30 in Berlin. */
    private static final Instant MONDAY_MORNING_BERLIN = Instant.parse("2026-03-16T07:30:00Z");

    private static WireMockServer platform;

    @Inject
    @PersistenceUnitExtension
    SqlStatementLog sql;

    @Inject
    InsightFixtures fixtures;

    @Inject
    DigestService digests;

    @Inject
    TestClock clock;

    @BeforeAll
    static void startPlatform() {
        platform = new WireMockServer(options().dynamicPort());
        platform.start();
        platform.stubFor(post(WireMock.anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\": true}")));
    }

    @AfterAll
    static void stopPlatform() {
        platform.stop();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Leader(SeededTeam team, String email, String personId, String userId) {
    }

    private Leader subscribedLeader(String platformName, String locale, String zone, Map<String, Object> subscription) {
        SeededTeam team = fixtures.teamWithHistory("digest");
        String userId = InsightFixtures.unique("user");
        String email = fixtures.leader(team.id(), platformName, userId, locale, zone);
        String personId = fixtures.personId(email).toString();
        given().auth().oauth2(TestTokens.leader(email)).contentType(ContentType.JSON)
                .body(Map.of("description", "Moved the release by a week"))
                .when().post("/api/v1/teams/{id}/actions", team.id())
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(subscription)
                .when().put("/api/v1/digest-subscriptions/{id}", personId)
                .then().statusCode(200);
        return new Leader(team, email, personId, userId);
    }

    private QueuedMessage digestFor(Leader leader) {
        clock.setInstant(MONDAY_MORNING_BERLIN);
        digests.sendDueDigests();
        return fixtures.queued("digest:" + leader.personId() + ":" + leader.team().id() + ":2026-03-16")
                .orElseThrow(() -> new AssertionError("no digest queued"));
    }

    private static int postToPlatform(String path, String payload) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void queuesSlackDigestAsBlockKitDirectMessage() throws Exception {
        Leader leader = subscribedLeader("slack", "en", "Europe/Berlin",
                Map.of("channel", "slack", "workspace", "T0001"));
        QueuedMessage message = digestFor(leader);

        assertEquals("digest", message.kind());
        assertEquals("slack", message.channel());
        JsonPath destination = JsonPath.from(message.destination());
        assertEquals("slack_api", destination.getString("transport"));
        assertEquals("T0001", destination.getString("workspace"));
        JsonPath payload = JsonPath.from(message.payload());
        assertEquals(leader.userId(), payload.getString("channel"));
        assertEquals("header", payload.getString("blocks[0].type"));
        assertEquals("plain_text", payload.getString("blocks[0].text.type"));
        assertTrue(payload.getString("blocks[0].text.text").startsWith("Weekly pulse: " + leader.team().name()));
        List<String> fields = payload.getList("blocks.find { it.type == 'section' && it.fields }.fields.text");
        assertTrue(fields.contains("*Well-being*\n44.0 ↓ -32.0 (32.9–55.1)"), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("*Participation*\n83.3%")), fields.toString());
        // The tests' base URL (http://localhost:8080) is not public HTTPS: Slack could not fetch the chart and would
        // refuse the whole message, so the digest goes without it (docs/DIGEST.md).
        assertTrue(payload.getList("blocks.findAll { it.type == 'image' }").isEmpty());
        String image = digests.digestCard(leader.team().id(), "en").imageUrl();
        assertTrue(image.contains("/charts/teams/" + leader.team().id() + "/trend.png?expires="), image);
        String text = message.payload();
        assertTrue(text.contains("Deadlines feel tight"));
        assertTrue(text.contains("&lt;@channel&gt;"), "comment markup is escaped");
        assertTrue(text.contains("Moved the release by a week"));
        assertTrue(text.contains("Acknowledge the workload openly"));

        assertEquals(200, postToPlatform("/api/chat.postMessage", message.payload()));
        platform.verify(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withRequestBody(matchingJsonPath("$.channel", WireMock.equalTo(leader.userId()))));
    }

    @Test
    void queuesMattermostDigestAsDirectWebhookPost() throws Exception {
        String hook = platform.baseUrl() + "/hooks/" + InsightFixtures.unique("mm");
        Leader leader = subscribedLeader("mattermost", "en", "Europe/Berlin",
                Map.of("channel", "mattermost", "webhookUrl", hook));
        QueuedMessage message = digestFor(leader);

        JsonPath destination = JsonPath.from(message.destination());
        assertEquals("mattermost_webhook", destination.getString("transport"));
        assertEquals(hook, destination.getString("url"));
        JsonPath payload = JsonPath.from(message.payload());
        assertEquals("@" + leader.userId(), payload.getString("channel"));
        assertTrue(payload.getString("attachments[0].image_url").contains("/trend.png"));
        assertEquals("Well-being", payload.getString("attachments[0].fields[0].title"));
        assertTrue(payload.getBoolean("attachments[0].fields[0].short"));
        assertFalse(payload.getString("attachments[0].fallback").isBlank());
        assertFalse(message.payload().contains("@channel"), "no mention can ping anyone");

        String path = URI.create(hook).getPath();
        assertEquals(200, postToPlatform(path, message.payload()));
        platform.verify(postRequestedFor(urlEqualTo(path))
                .withRequestBody(matchingJsonPath("$.attachments[0].fields[0].title")));
    }

    @Test
    void queuesTeamsDigestAsAdaptiveCardForWorkflowsWebhook() throws Exception {
        String hook = platform.baseUrl() + "/workflows/" + InsightFixtures.unique("teams");
        Leader leader = subscribedLeader("teams", "en", "Europe/Berlin", Map.of("channel", "teams", "webhookUrl", hook));
        QueuedMessage message = digestFor(leader);

        assertEquals("teams_webhook", JsonPath.from(message.destination()).getString("transport"));
        JsonPath payload = JsonPath.from(message.payload());
        assertEquals("message", payload.getString("type"));
        assertEquals("application/vnd.microsoft.card.adaptive", payload.getString("attachments[0].contentType"));
        assertEquals("AdaptiveCard", payload.getString("attachments[0].content.type"));
        assertEquals("1.4", payload.getString("attachments[0].content.version"));
        assertEquals("http://adaptivecards.io/schemas/adaptive-card.json",
                payload.getString("attachments[0].content.'$schema'"));
        List<String> types = payload.getList("attachments[0].content.body.type");
        assertTrue(types.containsAll(List.of("TextBlock", "FactSet", "Image")), types.toString());
        assertEquals("Well-being", payload.getString("attachments[0].content.body.find { it.type == 'FactSet' }.facts[0].title"));
        assertTrue(payload.getString("attachments[0].content.body.find { it.type == 'Image' }.url").contains("/trend.png"));

        String path = URI.create(hook).getPath();
        assertEquals(200, postToPlatform(path, message.payload()));
        platform.verify(postRequestedFor(urlEqualTo(path))
                .withRequestBody(matchingJsonPath("$.attachments[0].content.type", WireMock.equalTo("AdaptiveCard"))));
    }

    @Test
    void queuesGoogleChatDigestAsCardsV2() throws Exception {
        String hook = platform.baseUrl() + "/v1/spaces/" + InsightFixtures.unique("space") + "/messages";
        Leader leader = subscribedLeader("google-chat", "en", "Europe/Berlin",
                Map.of("channel", "google-chat", "webhookUrl", hook));
        QueuedMessage message = digestFor(leader);

        assertEquals("google_chat_webhook", JsonPath.from(message.destination()).getString("transport"));
        JsonPath payload = JsonPath.from(message.payload());
        assertFalse(payload.getString("text").isBlank());
        assertEquals("pulsecheck-digest", payload.getString("cardsV2[0].cardId"));
        assertTrue(payload.getString("cardsV2[0].card.header.title").contains(leader.team().name()));
        assertEquals("Well-being", payload.getString("cardsV2[0].card.sections[0].widgets[0].decoratedText.topLabel"));
        assertTrue(payload.getString("cardsV2[0].card.sections[0].widgets.find { it.image }.image.imageUrl")
                .contains("/trend.png"));
        assertTrue(payload.getList("cardsV2[0].card.sections.header").contains("Anonymous comments"));

        String path = URI.create(hook).getPath();
        assertEquals(200, postToPlatform(path, message.payload()));
        platform.verify(postRequestedFor(urlEqualTo(path))
                .withRequestBody(matchingJsonPath("$.cardsV2[0].card.sections[0].widgets[0].decoratedText")));
    }

    @Test
    void queuesGenericWebhookDigestAsStructuredJson() {
        String hook = platform.baseUrl() + "/gateway/" + InsightFixtures.unique("generic");
        Leader leader = subscribedLeader("webhook", "en", "Europe/Berlin", Map.of("channel", "webhook", "webhookUrl", hook));
        QueuedMessage message = digestFor(leader);

        assertEquals("generic_webhook", JsonPath.from(message.destination()).getString("transport"));
        JsonPath payload = JsonPath.from(message.payload());
        assertEquals("leader.digest", payload.getString("type"));
        assertEquals(leader.userId(), payload.getString("recipient.userId"));
        assertEquals("Well-being", payload.getString("facts[0].label"));
    }

    @Test
    void writesTheDigestInTheLeadersLocale() {
        Leader leader = subscribedLeader("slack", "de", "Europe/Berlin", Map.of("channel", "slack"));
        JsonPath payload = JsonPath.from(digestFor(leader).payload());
        assertTrue(payload.getString("blocks[0].text.text").startsWith("Wöchentlicher Puls"));
        assertTrue(digests.digestCard(leader.team().id(), "de").imageUrl().endsWith("&lang=de"));
        assertTrue(digestFor(leader).payload().contains("Sprechen Sie die Arbeitslast offen an"));
    }

    @Test
    void waitsForTheLeadersOwnLocalMorning() {
        Leader early = subscribedLeader("slack", "en", "America/New_York", Map.of("channel", "slack"));
        clock.setInstant(MONDAY_MORNING_BERLIN);
        digests.sendDueDigests();
        assertTrue(fixtures.queued("digest:" + early.personId() + ":" + early.team().id() + ":2026-03-16").isEmpty());

        // 08:00 in New York on the same Monday (EDT, UTC-4).
        clock.setInstant(Instant.parse("2026-03-16T12:00:00Z"));
        digests.sendDueDigests();
        assertTrue(fixtures.queued("digest:" + early.personId() + ":" + early.team().id() + ":2026-03-16").isPresent());
    }

    @Test
    void queuesEachWeeklyDigestOnce() {
        Leader leader = subscribedLeader("slack", "en", "Europe/Berlin", Map.of("channel", "slack"));
        clock.setInstant(MONDAY_MORNING_BERLIN);
        digests.sendDueDigests();
        clock.setInstant(MONDAY_MORNING_BERLIN.plusSeconds(3600));
        digests.sendDueDigests();
        assertEquals(1L, fixtures.countQueued("digest:" + leader.personId() + ":%"));
    }

    @Test
    void aLaterRunOnTheDigestDayDoesNotBuildTheQueuedDigestsAgain() {
        Leader leader = subscribedLeader("slack", "en", "Europe/Berlin", Map.of("channel", "slack"));
        clock.setInstant(MONDAY_MORNING_BERLIN);
        digests.sendDueDigests();

        sql.start();
        int queued = digests.sendDueDigests();
        List<String> statements = sql.stop();

        assertEquals(0, queued);
        assertEquals(1L, fixtures.countQueued("digest:" + leader.personId() + ":%"));
        assertTrue(statements.stream().noneMatch(statement -> statement.contains("cycle_dimension_statistics")
                || statement.contains("cycle_statistics")), "no report was built: " + statements);
    }
}
