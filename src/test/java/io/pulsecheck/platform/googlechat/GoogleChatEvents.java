package io.pulsecheck.platform.googlechat;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

/** Google Chat interaction events as the Chat app receives them, and sending them with a bearer token. */
final class GoogleChatEvents {

    static final String PATH = "/webhooks/google-chat/events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoogleChatEvents() {
    }

    /** A fresh DM space name and Google user name. */
    static String newSpace() {
        return "spaces/dm" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static ObjectNode event(String type, String space, String user, String email) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", type).put("eventTime", Instant.now().toString());
        event.putObject("space").put("name", space).put("type", "DM").put("spaceType", "DIRECT_MESSAGE")
                .put("singleUserBotDm", true);
        ObjectNode userNode = event.putObject("user").put("name", user).put("displayName", "Someone")
                .put("type", "HUMAN");
        if (email != null) {
            userNode.put("email", email);
        }
        return event;
    }

    static ObjectNode added(String space, String user, String email) {
        return event("ADDED_TO_SPACE", space, user, email);
    }

    static ObjectNode removed(String space, String user) {
        return event("REMOVED_FROM_SPACE", space, user, null);
    }

    static ObjectNode message(String space, String user, String text) {
        ObjectNode event = event("MESSAGE", space, user, null);
        event.putObject("message").put("name", space + "/messages/" + UUID.randomUUID()).put("text", text)
                .put("argumentText", text);
        return event;
    }

    /** The Submit of a prompt card with its form inputs by widget name ({@code q:<question id>}, {@code comment}). */
    static ObjectNode clicked(String space, String user, UUID cycleId, Map<String, String> inputs) {
        ObjectNode event = event("CARD_CLICKED", space, user, null);
        event.putObject("message").put("name", space + "/messages/prompt-" + cycleId);
        ObjectNode action = event.putObject("action").put("actionMethodName", "pulse_submit");
        action.putArray("parameters").addObject().put("key", "cycle").put("value", cycleId.toString());
        ObjectNode common = event.putObject("common").put("invokedFunction", "pulse_submit");
        common.putObject("parameters").put("cycle", cycleId.toString());
        ObjectNode formInputs = common.putObject("formInputs");
        inputs.forEach((name, value) -> formInputs.putObject(name).putObject("stringInputs").putArray("value")
                .add(value));
        return event;
    }

    /** The answers of a check-in as form inputs. */
    static Map<String, String> inputs(Map<UUID, String> answers) {
        Map<String, String> inputs = new java.util.HashMap<>();
        answers.forEach((question, value) -> inputs.put("q:" + question, value));
        return inputs;
    }

    static Response send(ObjectNode event) {
        return send(event.toString(), FakeGoogle.chatToken());
    }

    static Response send(String body, String token) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .when().post(PATH);
    }
}
