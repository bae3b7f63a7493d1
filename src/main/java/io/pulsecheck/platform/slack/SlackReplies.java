package io.pulsecheck.platform.slack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.PlatformId;

/**
 * Slack's replies to what a member did: a direct message back, or the pressed message replaced. Replies quote question
 * texts from HR, so they are escaped like every other mrkdwn text.
 */
final class SlackReplies {

    private SlackReplies() {
    }

    /**
     * A reply in the direct-message channel the member wrote in, through the Web API of their workspace.
     *
     * @param dedupKey idempotency key, so a redelivered event is answered once
     */
    static OutboundMessage dm(String channel, String workspace, String text, String dedupKey) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode()
                .put("channel", channel)
                .put("text", SlackText.truncate(SlackText.escape(text), SlackLimits.MESSAGE_TEXT));
        return new OutboundMessage(MessageKind.CONVERSATION, PlatformId.SLACK, SlackDestinations.api(workspace),
                payload, null, dedupKey);
    }

    /** Replaces the message whose button was pressed, through the interaction's {@code response_url}. */
    static OutboundMessage replaceOriginal(String responseUrl, String workspace, String text) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode()
                .put("replace_original", true)
                .put("text", SlackText.truncate(SlackText.escape(text), SlackLimits.MESSAGE_TEXT));
        return new OutboundMessage(MessageKind.ACKNOWLEDGEMENT, PlatformId.SLACK,
                new Destination(SlackDestinations.RESPONSE_URL, responseUrl, workspace), payload, null, null);
    }
}
