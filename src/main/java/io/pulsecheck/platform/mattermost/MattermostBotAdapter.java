package io.pulsecheck.platform.mattermost;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.HttpOutcomes;
import io.pulsecheck.delivery.adapters.HttpTransport;
import io.pulsecheck.delivery.adapters.SendOutcome;

/**
 * Direct messages from a Mattermost bot account (personal access token, REST API v4), addressed by user id, so no
 * incoming webhook and no admin-enabled channel override are needed. One message: the direct channel between bot and
 * person ({@code POST /channels/direct}, remembered per person), the post without its buttons ({@code POST /posts}),
 * then the buttons, their tokens bound to the new post's id ({@code PUT /posts/{id}/patch}). If that last step fails
 * the post stays without buttons and the retry sends a complete one.
 *
 * <p>Payload as stored in the outbox: {@code {"user_id", "message", "props": {"attachments"}}}; button contexts name
 * no post until sent.
 */
@ApplicationScoped
public class MattermostBotAdapter implements DeliveryAdapter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/api/v4";

    @Inject
    MattermostConfig config;

    @Inject
    HttpTransport http;

    @Inject
    MattermostActionTokens tokens;

    @Inject
    Clock clock;

    /** The bot's own user id, read once; it never changes for a token. */
    private volatile String botUserId;
    /** Direct channel per person's user id; Mattermost keeps one per pair, so remembering it is always right. */
    private final Map<String, String> directChannels = new ConcurrentHashMap<>();

    /** A send step the server refused, with what the outbox should do about it. */
    private static final class Refused extends Exception {

        private final transient SendOutcome outcome;

        Refused(SendOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /** Whether a bot account is configured; then it sends every direct message. */
    public boolean configured() {
        return server().isPresent() && token().isPresent();
    }

    /** Where a bot message goes: the API, whose URL comes from configuration. */
    Destination destination() {
        return new Destination(MattermostDestinations.BOT, null, null);
    }

    /** The stored payload for a webhook-style body ({@code text}, {@code attachments}) to the user {@code userId}. */
    ObjectNode payload(String userId, ObjectNode webhookBody) {
        ObjectNode payload = JSON.createObjectNode().put("user_id", userId)
                .put("message", webhookBody.path("text").asText(""));
        JsonNode attachments = webhookBody.path("attachments");
        if (attachments.isArray()) {
            payload.putObject("props").set("attachments", attachments.deepCopy());
        }
        return payload;
    }

    @Override
    public String transport() {
        return MattermostDestinations.BOT;
    }

    @Override
    public SendOutcome send(Destination destination, String payloadJson) {
        if (!configured()) {
            return SendOutcome.dead(null, "no Mattermost bot account configured");
        }
        try {
            JsonNode payload = JSON.readTree(payloadJson);
            String userId = payload.path("user_id").asText("");
            if (userId.isBlank()) {
                return SendOutcome.dead(null, "no Mattermost user id");
            }
            String channel = directChannel(userId);
            ArrayNode attachments = payload.path("props").path("attachments").isArray()
                    ? (ArrayNode) payload.path("props").path("attachments").deepCopy() : JSON.createArrayNode();
            ObjectNode post = JSON.createObjectNode().put("channel_id", channel)
                    .put("message", payload.path("message").asText(""));
            post.putObject("props").set("attachments", withoutActions(attachments));
            JsonNode created = call("POST", "/posts", post.toString());
            String postId = created.path("id").asText("");
            if (!hasActions(attachments)) {
                return SendOutcome.sent(201);
            }
            if (postId.isBlank()) {
                return SendOutcome.retry(201, "post created without an id", null);
            }
            ObjectNode patch = JSON.createObjectNode();
            patch.putObject("props").set("attachments", boundTo(postId, attachments));
            call("PUT", "/posts/" + postId + "/patch", patch.toString());
            return SendOutcome.sent(200);
        } catch (Refused refused) {
            return refused.outcome;
        } catch (IOException e) {
            return HttpOutcomes.fromFailure(e);
        }
    }

    @Override
    public double ratePerSecond() {
        return config.botRateLimit();
    }

    /** Mattermost limits per user per server, and every bot message is sent as the one bot user. */
    @Override
    public String rateKey(Destination destination) {
        return transport() + ":" + server().map(url -> URI.create(url).getHost()).orElse("unconfigured");
    }

    @Override
    public List<String> configuredUrls() {
        return server().stream().toList();
    }

    private String directChannel(String userId) throws IOException, Refused {
        String known = directChannels.get(userId);
        if (known != null) {
            return known;
        }
        ArrayNode pair = JSON.createArrayNode().add(botUserId()).add(userId);
        String channel = call("POST", "/channels/direct", pair.toString()).path("id").asText("");
        if (channel.isBlank()) {
            throw new Refused(SendOutcome.retry(null, "direct channel without an id", null));
        }
        directChannels.put(userId, channel);
        return channel;
    }

    private String botUserId() throws IOException, Refused {
        String known = botUserId;
        if (known == null) {
            known = call("GET", "/users/me", null).path("id").asText("");
            if (known.isBlank()) {
                throw new Refused(SendOutcome.dead(null, "bot token names no user"));
            }
            botUserId = known;
        }
        return known;
    }

    private JsonNode call(String method, String path, String body) throws IOException, Refused {
        HttpTransport.Reply reply = http.send(method, server().orElseThrow() + API + path,
                Map.of("Authorization", "Bearer " + token().orElseThrow()), body);
        SendOutcome outcome = HttpOutcomes.fromStatus(reply, clock.instant());
        if (outcome.result() != SendOutcome.Result.SENT) {
            throw new Refused(outcome);
        }
        JsonNode json = HttpOutcomes.readJson(reply.body());
        return json == null ? JSON.createObjectNode() : json;
    }

    private static boolean hasActions(ArrayNode attachments) {
        for (JsonNode attachment : attachments) {
            if (attachment.path("actions").size() > 0) {
                return true;
            }
        }
        return false;
    }

    private static ArrayNode withoutActions(ArrayNode attachments) {
        ArrayNode copy = attachments.deepCopy();
        copy.forEach(attachment -> ((ObjectNode) attachment).remove("actions"));
        return copy;
    }

    /** The buttons with contexts naming the post and tokens signed for it. */
    private ArrayNode boundTo(String postId, ArrayNode attachments) {
        for (JsonNode attachment : attachments) {
            for (JsonNode action : attachment.path("actions")) {
                JsonNode found = action.path("integration").path("context");
                if (!(found instanceof ObjectNode context)) {
                    continue;
                }
                MattermostActionTokens.Binding binding = new MattermostActionTokens.Binding(postId,
                        UUID.fromString(context.path("cycle").asText()),
                        UUID.fromString(context.path("person").asText()), context.path("expires").asLong());
                context.put("post", postId);
                context.put("token", tokens.sign(binding, context.path("question").asText(),
                        context.path("value").asText()));
            }
        }
        return attachments;
    }

    private Optional<String> server() {
        return config.serverUrl().map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    private Optional<String> token() {
        return config.botToken().map(String::strip).filter(token -> !token.isEmpty());
    }
}
