package io.pulsecheck.platform.teams;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.pulsecheck.delivery.Destination;

/** How Microsoft Teams messages travel; the strings are stored in {@code outbox_message.destination}. */
public final class TeamsDestinations {

    /** Microsoft Teams Workflows webhook (Adaptive Card). */
    public static final String WEBHOOK = "teams_webhook";
    /** Bot Connector: a new message in a 1:1 chat (POST to the conversation's activities). */
    public static final String BOT = "teams_bot";
    /** Bot Connector: a message replaced in place (PUT to one activity), e.g. the answered card. */
    public static final String BOT_UPDATE = "teams_bot_update";

    private TeamsDestinations() {
    }

    /** A new message in the referenced 1:1 chat; the tenant is the rate key. */
    static Destination newMessage(TeamsConversationReference reference) {
        return new Destination(BOT, activitiesUrl(reference.serviceUrl, reference.conversationId),
                reference.tenantId);
    }

    /** Replaces the activity (a card the bot sent) in the chat. */
    static Destination update(String serviceUrl, String conversationId, String activityId, String tenantId) {
        return new Destination(BOT_UPDATE, activitiesUrl(serviceUrl, conversationId) + "/" + encode(activityId),
                tenantId);
    }

    /** A chat the bot cannot reach (the app is not installed): sending it fails at once as a dead letter. */
    static Destination unreachable(String tenantId) {
        return new Destination(BOT, null, tenantId);
    }

    static String activitiesUrl(String serviceUrl, String conversationId) {
        return serviceUrl + (serviceUrl.endsWith("/") ? "" : "/") + "v3/conversations/" + encode(conversationId)
                + "/activities";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
