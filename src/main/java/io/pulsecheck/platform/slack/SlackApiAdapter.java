package io.pulsecheck.platform.slack;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.HttpOutcomes;
import io.pulsecheck.delivery.adapters.HttpTransport;
import io.pulsecheck.delivery.adapters.SendOutcome;

/**
 * Slack Web API {@code chat.postMessage} with the workspace's bot token (its installation's, see {@link SlackTokens}). Slack reports most failures as HTTP 200 with
 * {@code "ok": false}; those are dead letters unless Slack calls them transient.
 */
@ApplicationScoped
public class SlackApiAdapter implements DeliveryAdapter {

    /** Slack errors that go away by themselves. */
    private static final Set<String> TRANSIENT = Set.of("ratelimited", "rate_limited", "internal_error",
            "fatal_error", "service_unavailable", "request_timeout", "team_added_to_org");

    @Inject
    SlackConfig config;

    @Inject
    HttpTransport http;

    @Inject
    Clock clock;

    @Inject
    SlackTokens tokens;

    @Override
    public String transport() {
        return SlackDestinations.API;
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimits().api();
    }

    @Override
    public SendOutcome send(Destination destination, String payloadJson) {
        return post("chat.postMessage", destination, payloadJson);
    }

    /**
     * POSTs a JSON body to a Web API method with the workspace's bot token ({@link SlackTokens}); a workspace without
     * one is a dead letter naming why.
     */
    SendOutcome post(String method, Destination destination, String payloadJson) {
        SlackTokens.Lookup token = tokens.forWorkspace(destination.workspace());
        if (token.token() == null) {
            return SendOutcome.dead(null, token.refusal());
        }
        HttpTransport.Reply reply;
        try {
            reply = http.postJson(config.apiBaseUrl() + "/" + method,
                    Map.of("Authorization", "Bearer " + token.token()), payloadJson);
        } catch (IOException e) {
            return HttpOutcomes.fromFailure(e);
        }
        if (reply.status() != 200) {
            return HttpOutcomes.fromStatus(reply, clock.instant());
        }
        JsonNode body = HttpOutcomes.readJson(reply.body());
        if (body != null && body.path("ok").asBoolean(false)) {
            return SendOutcome.sent(200);
        }
        String error = body == null ? "unreadable response" : body.path("error").asText("unknown error");
        String reason = "slack " + (HttpOutcomes.errorCode(error) == null ? "error" : error);
        if (TRANSIENT.contains(error)) {
            return SendOutcome.retry(200, reason, HttpOutcomes.retryAfter(reply.header("Retry-After"), clock.instant()));
        }
        return SendOutcome.dead(200, reason);
    }

    @Override
    public List<String> platformHosts() {
        return List.of("slack.com");
    }

    @Override
    public List<String> configuredUrls() {
        return List.of(config.apiBaseUrl());
    }
}
