package io.pulsecheck.testing;

import static io.restassured.RestAssured.given;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.slack.SlackSignature;
import io.pulsecheck.platform.webhook.GenericWebhookSignature;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Builds and sends inbound requests exactly as Slack, Mattermost and a generic gateway would. */
public final class SignedRequests {

    public static final String SLACK_SECRET = "dev-only-slack-signing-secret";
    public static final String SLACK_PREVIOUS_SECRET = "dev-only-slack-previous-signing-secret";
    public static final String MATTERMOST_TOKEN = "dev-only-mattermost-command-token";
    public static final String GENERIC_SECRET = "dev-only-generic-inbound-secret";
    public static final String ACTION_SECRET = "dev-only-action-token-secret-change-me";
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String FORM = "application/x-www-form-urlencoded";

    // Form bodies are sent byte for byte as signed, not re-encoded by RestAssured.
    private static final RestAssuredConfig RAW_FORM = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
            .encodeContentTypeAs(FORM, ContentType.BINARY)
            .appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private SignedRequests() {
    }

    public static RequestSpecification form() {
        return given().config(RAW_FORM).contentType(FORM);
    }

    /** Sends the bytes exactly as given, with the given content type and headers. */
    public static Response raw(String path, String contentType, byte[] body, Map<String, String> headers) {
        RequestSpecification request = given().config(RAW_FORM);
        if (contentType != null) {
            request.contentType(contentType);
        }
        headers.forEach(request::header);
        return request.body(body).when().post(path);
    }

    public static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    /** A Slack Submit of a whole pulse: answers by question id (null means the question was left empty). */
    public static String slackSubmitPayload(UUID cycleId, String slackUserId, Map<UUID, String> answers, String comment) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions");
        payload.putObject("user").put("id", slackUserId).put("username", "someone");
        payload.putObject("team").put("id", "T0001");
        payload.put("response_url", "https://hooks.slack.com/actions/T0001/1/" + UUID.randomUUID());
        payload.put("trigger_id", UUID.randomUUID().toString());
        payload.putArray("actions").addObject()
                .put("type", "button").put("action_id", "pulse_submit").put("block_id", "submit")
                .put("value", cycleId.toString());
        ObjectNode values = payload.putObject("state").putObject("values");
        answers.forEach((question, value) -> {
            ObjectNode input = values.putObject("q:" + question).putObject("answer");
            input.put("type", "radio_buttons");
            if (value == null) {
                input.putNull("selected_option");
            } else {
                input.putObject("selected_option").put("value", value);
            }
        });
        if (comment != null) {
            values.putObject("comment").putObject("comment").put("type", "plain_text_input").put("value", comment);
        }
        return payload.toString();
    }

    public static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static Response slackInteraction(String formBody, String secret, String timestamp) {
        return form()
                .header(SlackSignature.TIMESTAMP_HEADER, timestamp)
                .header(SlackSignature.SIGNATURE_HEADER,
                        SlackSignature.sign(secret, timestamp, formBody.getBytes(StandardCharsets.UTF_8)))
                .body(formBody.getBytes(StandardCharsets.UTF_8))
                .when().post("/webhooks/slack/interactions");
    }

    public static Response slackInteraction(String payloadJson) {
        return slackInteraction(form("payload", payloadJson), SLACK_SECRET, now());
    }

    public static String slackMessageEvent(String eventId, String slackUserId, String text) {
        ObjectNode envelope = JSON.createObjectNode().put("type", "event_callback").put("team_id", "T0001")
                .put("event_id", eventId).put("event_time", Instant.now().getEpochSecond());
        envelope.putObject("event").put("type", "message").put("channel_type", "im").put("channel", "D0001")
                .put("user", slackUserId).put("text", text).put("ts", "1700000000.000100");
        return envelope.toString();
    }

    public static Response slackEvent(String json, String timestamp, String retryNum) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        var request = given().contentType("application/json")
                .header(SlackSignature.TIMESTAMP_HEADER, timestamp)
                .header(SlackSignature.SIGNATURE_HEADER, SlackSignature.sign(SLACK_SECRET, timestamp, body));
        if (retryNum != null) {
            request.header(SlackSignature.RETRY_NUM_HEADER, retryNum).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return request.body(body).when().post("/webhooks/slack/events");
    }

    public static Response slackEvent(String json) {
        return slackEvent(json, now(), null);
    }

    /** The context of a pulsecheck Mattermost button, signed as the outbound prompt signs it. */
    public static ObjectNode mattermostContext(UUID cycleId, UUID personId, String question, String value) {
        return mattermostContext("", cycleId, personId, question, value, Instant.now().plusSeconds(86_400));
    }

    /** A button's context bound to a post ({@code ""} for an ephemeral message) and expiring at {@code expires}. */
    public static ObjectNode mattermostContext(String post, UUID cycleId, UUID personId, String question, String value,
            Instant expires) {
        String expiry = Long.toString(expires.getEpochSecond());
        return JSON.createObjectNode()
                .put("cycle", cycleId.toString()).put("person", personId.toString()).put("post", post)
                .put("question", question).put("value", value).put("expires", expires.getEpochSecond())
                .put("token", actionToken("mattermost-action", post, cycleId.toString(), personId.toString(),
                        question, value, expiry));
    }

    public static String actionToken(String... parts) {
        byte[] mac = io.pulsecheck.common.security.Hmac.sha256(ACTION_SECRET.getBytes(StandardCharsets.UTF_8),
                String.join("|", parts).getBytes(StandardCharsets.UTF_8));
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    /** A press by the Mattermost user {@code userId} on the post the context names (a fresh one when it names none). */
    public static String mattermostAction(String userId, ObjectNode context) {
        String post = context.path("post").asText("");
        ObjectNode request = JSON.createObjectNode()
                .put("user_id", userId).put("user_name", "name-of-" + userId)
                .put("channel_id", "c1").put("team_id", "t1")
                .put("post_id", post.isEmpty() ? "p" + UUID.randomUUID() : post)
                .put("trigger_id", UUID.randomUUID().toString()).put("type", "").put("data_source", "");
        request.set("context", context);
        return request.toString();
    }

    public static Response mattermostAction(String json) {
        return given().contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8))
                .when().post("/webhooks/mattermost/actions");
    }

    public static String mattermostCommandForm(String token, String userId, String text) {
        return String.join("&", form("channel_id", "c1"), form("channel_name", "directmessage"),
                form("command", "/pulse"), form("response_url", "https://chat.example.com/hooks/commands/x"),
                form("team_domain", "acme"), form("team_id", "t1"), form("text", text), form("token", token),
                form("trigger_id", UUID.randomUUID().toString()), form("user_id", userId),
                form("user_name", "name-of-" + userId));
    }

    public static Response mattermostCommand(String formBody) {
        return form()
                .body(formBody.getBytes(StandardCharsets.UTF_8))
                .when().post("/webhooks/mattermost/command");
    }

    public static Response mattermostCommand(String userId, String text) {
        return mattermostCommand(mattermostCommandForm(MATTERMOST_TOKEN, userId, text));
    }

    public static Response generic(String json, String secret, long timestamp) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return given().contentType("application/json")
                .header(GenericWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(GenericWebhookSignature.SIGNATURE_HEADER, GenericWebhookSignature.sign(secret, timestamp, body))
                .body(body).when().post("/webhooks/generic");
    }

    public static Response generic(String json) {
        return generic(json, GENERIC_SECRET, Instant.now().getEpochSecond());
    }

    public static Map<UUID, String> fullAnswers(OpenCheckInFixtures.Checkin checkin) {
        return Map.of(checkin.scale(), "4", checkin.yesNo(), "1", checkin.choice(), "c", checkin.freeText(),
                "More focus time");
    }
}
