package io.pulsecheck.delivery.adapters;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.delivery.Destination;

/**
 * Webhooks whose URL is the credential (Slack, Mattermost, Teams, Google Chat): POST the payload to the destination
 * URL. A 2xx answer whose JSON says {@code "ok": false} (Slack {@code response_url}) is a failure too.
 */
public abstract class UrlWebhookAdapter implements ChannelAdapter {

    @Inject
    protected HttpTransport http;

    @Inject
    protected Clock clock;

    /** Extra headers, e.g. a signature; none by default. */
    protected Map<String, String> headers(String payloadJson) {
        return Map.of();
    }

    @Override
    public SendOutcome send(Destination destination, String payloadJson) {
        if (destination.url() == null || destination.url().isBlank()) {
            return SendOutcome.dead(null, "no webhook URL");
        }
        HttpTransport.Reply reply;
        try {
            reply = http.postJson(destination.url(), headers(payloadJson), payloadJson);
        } catch (IOException | IllegalArgumentException e) {
            return e instanceof IOException io ? HttpOutcomes.fromFailure(io)
                    : SendOutcome.dead(null, "invalid webhook URL");
        }
        SendOutcome outcome = HttpOutcomes.fromStatus(reply, clock.instant());
        if (outcome.result() == SendOutcome.Result.SENT) {
            JsonNode body = HttpOutcomes.readJson(reply.body());
            if (body != null && body.has("ok") && !body.path("ok").asBoolean(true)) {
                String code = HttpOutcomes.errorCode(body.path("error").asText(""));
                return SendOutcome.dead(reply.status(), "rejected " + (code == null ? "" : code).trim());
            }
        }
        return outcome;
    }
}
