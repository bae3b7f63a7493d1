package io.pulsecheck.platform.slack;

import io.pulsecheck.delivery.Destination;

/** How Slack messages travel; the strings are stored in {@code outbox_message.destination}. */
public final class SlackDestinations {

    /** Slack Web API {@code chat.postMessage} with the bot token; the payload names the channel (a user id for a DM). */
    public static final String API = "slack_api";
    /** Slack incoming webhook (channel posts). */
    public static final String WEBHOOK = "slack_webhook";
    /** Slack {@code response_url} of an interaction, to update or replace the original message. */
    public static final String RESPONSE_URL = "slack_response_url";
    /** Slack Web API {@code views.publish} (the App Home tab) with the workspace's bot token. */
    public static final String VIEW = "slack_view";

    private SlackDestinations() {
    }

    /** The Web API of a workspace (or Enterprise Grid organisation); its bot token is its installation's. */
    public static Destination api(String workspace) {
        return new Destination(API, null, workspace);
    }

    /** The App Home of a person in a workspace. */
    public static Destination view(String workspace) {
        return new Destination(VIEW, null, workspace);
    }
}
