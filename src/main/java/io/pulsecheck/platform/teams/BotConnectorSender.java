package io.pulsecheck.platform.teams;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.OutboundUrlPolicy;
import io.pulsecheck.delivery.adapters.HttpOutcomes;
import io.pulsecheck.delivery.adapters.HttpTransport;
import io.pulsecheck.delivery.adapters.SendOutcome;

/**
 * Sends one outbox message to the Bot Connector with the app token: 2xx sent, 429 retried after {@code Retry-After},
 * 5xx and timeouts retried with backoff, 401 retried once with a fresh token, other 4xx dead (the app was removed,
 * the chat is gone). Only service URLs on Microsoft's hosts (or configured ones) are sent to.
 */
@ApplicationScoped
class BotConnectorSender {

    @Inject
    BotConnectorToken token;

    @Inject
    MicrosoftHttp http;

    @Inject
    TeamsBotConfig config;

    @Inject
    OutboundUrlPolicy policy;

    @Inject
    Clock clock;

    SendOutcome send(String method, Destination destination, String payloadJson) {
        if (destination.url() == null || destination.url().isBlank()) {
            return SendOutcome.dead(null, "the Teams app is not installed for the recipient");
        }
        if (!allowedServiceUrl(destination.url())) {
            return SendOutcome.dead(null, "destination refused: not a Bot Connector service URL");
        }
        String bearer;
        try {
            bearer = token.current();
        } catch (BotConnectorToken.TokenUnavailable e) {
            return e.permanent ? SendOutcome.dead(e.status, e.getMessage())
                    : SendOutcome.retry(e.status, e.getMessage(), e.retryAfter);
        }
        HttpTransport.Reply reply;
        try {
            reply = http.json(method, destination.url(), Map.of("Authorization", "Bearer " + bearer), payloadJson);
        } catch (IOException e) {
            return HttpOutcomes.fromFailure(e);
        }
        if (reply.status() == 401) {
            // The token was revoked or rotated early: the next attempt fetches a new one.
            token.forget();
            return SendOutcome.retry(401, "HTTP 401 token refused", null);
        }
        return HttpOutcomes.fromStatus(reply, clock.instant());
    }

    /** Whether the service URL is one the bot may send to: a configured host pattern, and allowed by the policy. */
    boolean allowedServiceUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (host == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getUserInfo() != null) {
            return false;
        }
        boolean listed = config.serviceUrlHosts().stream().map(p -> p.strip().toLowerCase(Locale.ROOT))
                .anyMatch(p -> p.startsWith("*.") ? host.endsWith(p.substring(1)) : host.equals(p));
        return listed && (scheme.equals("https") || policy.refusalForSending(url).isEmpty());
    }
}
