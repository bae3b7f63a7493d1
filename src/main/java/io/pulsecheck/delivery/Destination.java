package io.pulsecheck.delivery;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Where an outbox message goes and how it is transported. The payload is the platform's JSON body as is.
 *
 * @param transport how to send: see the constants
 * @param url the webhook or response URL; null for the Slack Web API, whose URL comes from configuration
 * @param workspace the platform workspace or team, for rate limiting and choosing credentials; may be null
 */
@RegisterForReflection
public record Destination(String transport, String url, String workspace) {

    /** Slack Web API {@code chat.postMessage} with the bot token; the payload names the channel (a user id for a DM). */
    public static final String SLACK_API = "slack_api";
    /** Slack incoming webhook (channel posts). */
    public static final String SLACK_WEBHOOK = "slack_webhook";
    /** Slack {@code response_url} of an interaction, to update or replace the original message. */
    public static final String SLACK_RESPONSE_URL = "slack_response_url";
    /** Mattermost incoming webhook; the payload's {@code channel} is {@code @username} for a direct message. */
    public static final String MATTERMOST_WEBHOOK = "mattermost_webhook";
    /** Microsoft Teams Workflows webhook (Adaptive Card). */
    public static final String TEAMS_WEBHOOK = "teams_webhook";
    /** Google Chat space webhook. */
    public static final String GOOGLE_CHAT_WEBHOOK = "google_chat_webhook";
    /** Generic JSON webhook, signed as described in docs/WEBHOOK.md. */
    public static final String GENERIC_WEBHOOK = "generic_webhook";

    public static Destination slackApi(String workspace) {
        return new Destination(SLACK_API, null, workspace);
    }

    public static Destination webhook(String transport, String url) {
        return new Destination(transport, url, null);
    }
}
