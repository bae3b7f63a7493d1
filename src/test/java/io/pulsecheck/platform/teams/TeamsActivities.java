package io.pulsecheck.platform.teams;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.testing.FakeMicrosoft;
import io.restassured.response.Response;

/** Bot Framework activities as Teams sends them to the bot, and the signed request that carries them. */
final class TeamsActivities {

    static final String PATH = "/webhooks/teams/messages";
    static final String BOT_ID = "28:" + FakeMicrosoft.APP_ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    private TeamsActivities() {
    }

    /** A Teams user in a 1:1 chat with the bot. */
    record User(String objectId, String teamsId, String conversationId) {

        static User of(String objectId) {
            String tag = UUID.randomUUID().toString();
            return new User(objectId, "29:user-" + tag, "a:personal-" + tag);
        }
    }

    static ObjectNode base(String type, User user) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", type).put("id", "act-" + UUID.randomUUID()).put("serviceUrl", FakeMicrosoft.serviceUrl())
                .put("channelId", "msteams").put("timestamp", "2026-11-23T09:00:00.000Z");
        activity.putObject("from").put("id", user.teamsId()).put("aadObjectId", user.objectId());
        activity.putObject("conversation").put("id", user.conversationId()).put("conversationType", "personal")
                .put("tenantId", FakeMicrosoft.TENANT);
        activity.putObject("recipient").put("id", BOT_ID).put("name", "pulsecheck");
        activity.putObject("channelData").putObject("tenant").put("id", FakeMicrosoft.TENANT);
        return activity;
    }

    static ObjectNode install(User user) {
        return base("installationUpdate", user).put("action", "add");
    }

    static ObjectNode uninstall(User user) {
        return base("installationUpdate", user).put("action", "remove");
    }

    static ObjectNode botAdded(User user) {
        ObjectNode activity = base("conversationUpdate", user);
        activity.putArray("membersAdded").addObject().put("id", BOT_ID);
        return activity;
    }

    static ObjectNode typed(User user, String text) {
        return base("message", user).put("text", text).put("textFormat", "plain");
    }

    /** The card's Submit: answers by question id (null leaves a question empty), the comment, the card's id. */
    static ObjectNode submit(User user, UUID cycleId, Map<UUID, String> answers, String comment, String cardId) {
        ObjectNode activity = base("message", user);
        if (cardId != null) {
            activity.put("replyToId", cardId);
        }
        ObjectNode value = activity.putObject("value");
        value.put("pulsecheck", "submit").put("cycle", cycleId.toString());
        answers.forEach((question, answer) -> value.put("q:" + question, answer == null ? "" : answer));
        if (comment != null) {
            value.put("comment", comment);
        }
        return activity;
    }

    /** Posts the activity with a valid token for its service URL. */
    static Response send(ObjectNode activity) {
        return send(activity, FakeMicrosoft.token(activity.path("serviceUrl").asText()));
    }

    static Response send(ObjectNode activity, String token) {
        return given().contentType("application/json").header("Authorization", "Bearer " + token)
                .body(activity.toString()).when().post(PATH);
    }
}
