package io.pulsecheck.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.webhook.GenericWebhookSignature;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.quarkus.test.junit.QuarkusTest;

/** Each adapter against WireMock: the exact request it makes and how it reads the platform's answer. */
@QuarkusTest
class ChannelAdaptersTest extends OutboxTestBase {

    private static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");

    ChannelAdaptersTest() {
        super(NOW);
    }

    @Test
    void postsSlackDirectMessageWithBotToken() {
        wiremock.stubFor(post(urlEqualTo("/slack/api/chat.postMessage"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1.2\"}")));
        String payload = "{\"channel\":\"U123\",\"text\":\"How are you?\",\"blocks\":[{\"type\":\"section\"}]}";
        UUID id = support.enqueue(MessageKind.PROMPT, PlatformId.SLACK, Destination.slackApi("T1"), payload);

        worker.deliverDue();

        wiremock.verify(1, postRequestedFor(urlEqualTo("/slack/api/chat.postMessage"))
                .withHeader("Authorization", equalTo("Bearer xoxb-test-token"))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson(payload)));
        OutboxMessage sent = support.find(id);
        assertEquals(OutboxMessage.Status.sent, sent.status);
        assertEquals(NOW, sent.sentAt);
        assertEquals(1, sent.attempts);
    }

    @Test
    void deadLettersSlackOkFalseAnsweredWith200() {
        wiremock.stubFor(post(urlEqualTo("/slack/api/chat.postMessage"))
                .willReturn(aResponse().withStatus(200).withBody("{\"ok\":false,\"error\":\"channel_not_found\"}")));
        UUID id = support.enqueue(MessageKind.PROMPT, PlatformId.SLACK, Destination.slackApi("T1"),
                "{\"channel\":\"U-gone\",\"text\":\"x\"}");

        worker.deliverDue();

        OutboxMessage dead = support.find(id);
        assertEquals(OutboxMessage.Status.dead, dead.status);
        assertEquals("slack channel_not_found", dead.lastError);
    }

    @Test
    void postsMattermostIncomingWebhookAsIs() {
        wiremock.stubFor(post(urlEqualTo(FakeChatPlatforms.MATTERMOST_HOOK_PATH))
                .willReturn(aResponse().withStatus(200).withBody("ok")));
        String payload = "{\"channel\":\"@alice\",\"text\":\"Check-in\",\"attachments\":[{\"text\":\"Q1\","
                + "\"actions\":[{\"id\":\"a0v4\",\"name\":\"4\",\"integration\":{\"url\":\"https://x/webhooks/mattermost/actions\","
                + "\"context\":{\"value\":\"4\"}}}]}]}";
        UUID id = support.enqueue(MessageKind.PROMPT, PlatformId.MATTERMOST,
                Destination.webhook(Destination.MATTERMOST_WEBHOOK, FakeChatPlatforms.url(FakeChatPlatforms.MATTERMOST_HOOK_PATH)),
                payload);

        worker.deliverDue();

        wiremock.verify(1, postRequestedFor(urlEqualTo(FakeChatPlatforms.MATTERMOST_HOOK_PATH))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withoutHeader("Authorization")
                .withRequestBody(equalToJson(payload)));
        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
    }

    @Test
    void deadLettersMattermostBadRequestWithItsErrorId() {
        wiremock.stubFor(post(urlEqualTo("/mattermost/hooks/broken"))
                .willReturn(aResponse().withStatus(400).withBody(
                        "{\"id\":\"web.incoming_webhook.user.app_error\",\"message\":\"Couldn't find the user\",\"status_code\":400}")));
        UUID id = support.enqueue(MessageKind.PROMPT, PlatformId.MATTERMOST,
                Destination.webhook(Destination.MATTERMOST_WEBHOOK, FakeChatPlatforms.url("/mattermost/hooks/broken")),
                "{\"channel\":\"@nobody\",\"text\":\"x\"}");

        worker.deliverDue();

        OutboxMessage dead = support.find(id);
        assertEquals(OutboxMessage.Status.dead, dead.status);
        assertEquals("HTTP 400 web.incoming_webhook.user.app_error", dead.lastError);
        assertEquals(1, wiremock.countRequestsMatching(postRequestedFor(urlEqualTo("/mattermost/hooks/broken")).build()).getCount());
    }

    @Test
    void signsGenericWebhookOverTimestampAndBody() {
        wiremock.stubFor(post(urlEqualTo(FakeChatPlatforms.GATEWAY_PATH)).willReturn(aResponse().withStatus(204)));
        String payload = "{\"type\":\"checkin.prompt\",\"messageId\":\"m1\",\"questions\":[]}";
        UUID id = support.enqueue(MessageKind.PROMPT, PlatformId.WEBHOOK,
                Destination.webhook(Destination.GENERIC_WEBHOOK, FakeChatPlatforms.url(FakeChatPlatforms.GATEWAY_PATH)),
                payload);

        worker.deliverDue();

        List<LoggedRequest> requests = wiremock.findAll(postRequestedFor(urlEqualTo(FakeChatPlatforms.GATEWAY_PATH)));
        assertEquals(1, requests.size());
        LoggedRequest request = requests.get(0);
        assertEquals(Long.toString(NOW.getEpochSecond()), request.getHeader(GenericWebhookSignature.TIMESTAMP_HEADER));
        byte[] body = request.getBodyAsString().getBytes(StandardCharsets.UTF_8);
        assertEquals(GenericWebhookSignature.sign("dev-only-webhook-secret-change-me", NOW.getEpochSecond(), body),
                request.getHeader(GenericWebhookSignature.SIGNATURE_HEADER));
        assertTrue(GenericWebhookSignature.verify("dev-only-webhook-secret-change-me",
                request.getHeader(GenericWebhookSignature.TIMESTAMP_HEADER),
                request.getHeader(GenericWebhookSignature.SIGNATURE_HEADER), body, NOW));
        wiremock.verify(postRequestedFor(urlEqualTo(FakeChatPlatforms.GATEWAY_PATH)).withRequestBody(equalToJson(payload)));
        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
    }

    @Test
    void postsSlackIncomingWebhookToChannel() {
        wiremock.stubFor(post(urlEqualTo("/slack/hooks/T1/B1/secret")).willReturn(aResponse().withStatus(200).withBody("ok")));
        String payload = "{\"text\":\"Weekly digest\"}";
        UUID id = support.enqueue(MessageKind.DIGEST, PlatformId.SLACK,
                Destination.webhook(Destination.SLACK_WEBHOOK, FakeChatPlatforms.url("/slack/hooks/T1/B1/secret")), payload);

        worker.deliverDue();

        wiremock.verify(1, postRequestedFor(urlEqualTo("/slack/hooks/T1/B1/secret")).withoutHeader("Authorization")
                .withRequestBody(equalToJson(payload)));
        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
    }

    @Test
    void deadLettersSlackResponseUrlAnsweringOkFalse() {
        wiremock.stubFor(post(urlEqualTo("/slack/actions/expired"))
                .willReturn(aResponse().withStatus(200).withBody("{\"ok\":false,\"error\":\"expired_url\"}")));
        UUID id = support.enqueue(MessageKind.CONVERSATION, PlatformId.SLACK,
                Destination.webhook(Destination.SLACK_RESPONSE_URL, FakeChatPlatforms.url("/slack/actions/expired")),
                "{\"replace_original\":true,\"text\":\"Thanks\"}");

        worker.deliverDue();

        OutboxMessage dead = support.find(id);
        assertEquals(OutboxMessage.Status.dead, dead.status);
        assertEquals("rejected expired_url", dead.lastError);
    }

    @Test
    void postsTeamsWorkflowWebhookAcceptedWith202() {
        wiremock.stubFor(post(urlEqualTo("/teams/workflows/run?sig=abc")).willReturn(aResponse().withStatus(202)));
        String payload = "{\"type\":\"message\",\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\"}]}";
        UUID id = support.enqueue(MessageKind.DIGEST, PlatformId.TEAMS,
                Destination.webhook(Destination.TEAMS_WEBHOOK, FakeChatPlatforms.url("/teams/workflows/run?sig=abc")), payload);

        worker.deliverDue();

        wiremock.verify(1, postRequestedFor(urlEqualTo("/teams/workflows/run?sig=abc")).withRequestBody(equalToJson(payload)));
        OutboxMessage sent = support.find(id);
        assertEquals(OutboxMessage.Status.sent, sent.status);
        assertNull(sent.lastError);
    }

    @Test
    void postsGoogleChatSpaceWebhook() {
        wiremock.stubFor(post(urlEqualTo("/gchat/v1/spaces/S1/messages?key=k&token=t"))
                .willReturn(aResponse().withStatus(200).withBody("{\"name\":\"spaces/S1/messages/1\"}")));
        String payload = "{\"text\":\"Weekly digest\"}";
        UUID id = support.enqueue(MessageKind.DIGEST, PlatformId.GOOGLE_CHAT,
                Destination.webhook(Destination.GOOGLE_CHAT_WEBHOOK, FakeChatPlatforms.url("/gchat/v1/spaces/S1/messages?key=k&token=t")),
                payload);

        worker.deliverDue();

        wiremock.verify(1, postRequestedFor(urlEqualTo("/gchat/v1/spaces/S1/messages?key=k&token=t"))
                .withRequestBody(equalToJson(payload)));
        assertEquals(OutboxMessage.Status.sent, support.find(id).status);
    }
}
