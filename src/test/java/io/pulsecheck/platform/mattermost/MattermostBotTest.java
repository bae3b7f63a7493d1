package io.pulsecheck.platform.mattermost;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.pulsecheck.testing.SignedRequests.mattermostAction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.delivery.OutboxWorker;
import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.DigestTarget;
import io.pulsecheck.platform.LeaderAddress;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.Reach;
import io.pulsecheck.schedule.CycleQuestion;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.OpenCheckInFixtures.Member;
import io.pulsecheck.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * With a bot account configured, a prompt is a direct message from the bot, addressed by the person's user id through
 * REST API v4 (WireMock plays the Mattermost server), and its buttons are bound to the post the server created.
 */
@QuarkusTest
@TestProfile(MattermostBotTest.BotAccount.class)
class MattermostBotTest {

    static final String TOKEN = "test-bot-personal-access-token";
    static final String BOT_ID = "botuseridabcdefghijklmnopq";
    static final String CHANNEL = "dmchannelabcdefghijklmnopq";
    static final String POST = "createdpostabcdefghijklmno";
    static final String TEAM = "Platform Crew";

    /** Points the bot account at a Mattermost server played by WireMock. */
    public static class BotAccount implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Server.class));
        }
    }

    /** The Mattermost server. */
    public static class Server implements QuarkusTestResourceLifecycleManager {

        static volatile WireMockServer mattermost;

        @Override
        public Map<String, String> start() {
            mattermost = new WireMockServer(options().dynamicPort());
            mattermost.start();
            return Map.of("pulsecheck.mattermost.server-url", mattermost.baseUrl(),
                    "pulsecheck.mattermost.bot-token", TOKEN);
        }

        @Override
        public void stop() {
            mattermost.stop();
        }
    }

    @Inject
    ChatPlatforms platforms;

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker worker;

    @BeforeEach
    void mattermostAnswersLikeAServer() {
        WireMockServer server = Server.mattermost;
        server.resetAll();
        server.stubFor(get(urlEqualTo("/api/v4/users/me")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(json(200, "{\"id\":\"" + BOT_ID + "\",\"username\":\"pulsecheck\"}")));
        server.stubFor(post(urlEqualTo("/api/v4/channels/direct"))
                .willReturn(json(201, "{\"id\":\"" + CHANNEL + "\",\"type\":\"D\"}")));
        server.stubFor(post(urlEqualTo("/api/v4/posts")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(json(201, "{\"id\":\"" + POST + "\",\"channel_id\":\"" + CHANNEL + "\"}")));
        server.stubFor(put(urlEqualTo("/api/v4/posts/" + POST + "/patch"))
                .willReturn(json(200, "{\"id\":\"" + POST + "\"}")));
    }

    @Test
    void sendsThePromptAsABotDirectMessageAndTheAnswerUpdatesThePost() throws Exception {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);

        queuePrompt(checkin, member);
        worker.deliverDue();

        WireMockServer server = Server.mattermost;
        server.verify(postRequestedFor(urlEqualTo("/api/v4/channels/direct"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "[\"" + BOT_ID + "\",\"" + member.platformUserId() + "\"]")));
        JsonNode created = body(server.findAll(postRequestedFor(urlEqualTo("/api/v4/posts"))));
        assertEquals(CHANNEL, created.path("channel_id").asText());
        assertTrue(created.path("message").asText().contains(TEAM));
        assertFalse(created.toString().contains("\"actions\""), "buttons only once they can name the post");
        JsonNode patch = body(server.findAll(putRequestedFor(urlEqualTo("/api/v4/posts/" + POST + "/patch"))));
        JsonNode firstButton = patch.path("props").path("attachments").path(0).path("actions").path(0);
        ObjectNode context = (ObjectNode) firstButton.path("integration").path("context");
        assertEquals(POST, context.path("post").asText());

        JsonPath updated = mattermostAction(mattermostAction(member.platformUserId(), context))
                .then().statusCode(200).extract().jsonPath();

        assertTrue(updated.getString("update.message").startsWith("Question 2 of 4"));
        assertEquals(POST, updated.getString("update.props.attachments[0].actions[0].integration.context.post"));
    }

    @Test
    void addressesThePersonByUserIdNotByUserName() throws Exception {
        Checkin checkin = OpenCheckInFixtures.openCheckin("mattermost", 1);
        Member member = checkin.member(0);

        queuePrompt(checkin, member);
        worker.deliverDue();

        JsonNode created = body(Server.mattermost.findAll(postRequestedFor(urlEqualTo("/api/v4/posts"))));
        assertFalse(created.has("channel"), "no @username channel override");
        Server.mattermost.verify(postRequestedFor(urlEqualTo("/api/v4/channels/direct"))
                .withRequestBody(matchingJsonPath("$[1]", equalTo(member.platformUserId()))));
    }

    @Test
    void reachesAPersonWithAUserIdInteractivelyAndNobodyWithout() {
        ChatPlatform mattermost = platforms.of(PlatformId.MATTERMOST).orElseThrow();

        assertEquals(Reach.INTERACTIVE, mattermost.reach(new ChatRecipient(UUID.randomUUID(), PlatformId.MATTERMOST,
                "personuseridabcdefghijklmn", "en")));
        assertEquals(Reach.NONE, mattermost.reach(new ChatRecipient(UUID.randomUUID(), PlatformId.MATTERMOST, " ",
                "en")));
    }

    @Test
    void sendsALeadersDigestAsABotDirectMessage() throws Exception {
        String leaderId = "leaderuseridabcdefghijklmn";
        LeaderCard card = new LeaderCard(LeaderCard.Kind.DIGEST, "Weekly pulse: " + TEAM, null,
                List.of(new LeaderCard.Fact("Well-being", "62.0")), null, null, List.of(), null);
        LeaderAddress address = new LeaderAddress(new ChatRecipient(UUID.randomUUID(), PlatformId.MATTERMOST,
                leaderId, "en"), new DigestTarget(PlatformId.MATTERMOST, "https://chat.example.com/hooks/x", null),
                "digest-test:" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            OutboundMessage message = platforms.leaderCard(card, address).orElseThrow();
            assertEquals(MattermostDestinations.BOT, message.destination().transport());
            outbox.enqueue(message);
        });

        worker.deliverDue();

        Server.mattermost.verify(postRequestedFor(urlEqualTo("/api/v4/channels/direct"))
                .withRequestBody(matchingJsonPath("$[1]", equalTo(leaderId))));
        JsonNode created = body(Server.mattermost.findAll(postRequestedFor(urlEqualTo("/api/v4/posts"))));
        assertEquals("Well-being", created.path("props").path("attachments").path(0).path("fields").path(0)
                .path("title").asText());
        assertEquals(0, Server.mattermost.findAll(putRequestedFor(urlEqualTo("/api/v4/posts/" + POST + "/patch")))
                .size(), "a card without buttons is posted once");
    }

    private void queuePrompt(Checkin checkin, Member member) {
        QuarkusTransaction.requiringNew().run(() -> {
            PromptContent content = new PromptContent(false, checkin.cycleId(), checkin.cycleDate(),
                    TEAM, new ChatRecipient(member.id(), PlatformId.MATTERMOST, member.platformUserId(),
                            "en"), CycleQuestion.questionsOf(checkin.cycleId()), List.of());
            OutboundMessage message = platforms.prompt(content).orElseThrow();
            assertEquals(MattermostDestinations.BOT, message.destination().transport());
            outbox.enqueue(message.forPerson(checkin.cycleId(), member.id()));
        });
    }

    private static JsonNode body(List<LoggedRequest> requests) throws Exception {
        assertEquals(1, requests.size());
        return SignedRequests.JSON.readTree(requests.get(0).getBodyAsString());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
