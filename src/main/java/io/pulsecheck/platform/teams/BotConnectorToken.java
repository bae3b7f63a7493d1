package io.pulsecheck.platform.teams;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.delivery.adapters.HttpOutcomes;
import io.pulsecheck.delivery.adapters.HttpTransport;

/**
 * The app's access token for the Bot Connector, from Entra ID with the client-credentials grant. It is kept until five
 * minutes before it expires (Entra issues them for an hour), so a fan-out asks Entra once, not once per message.
 */
@ApplicationScoped
class BotConnectorToken {

    /** Renew this long before expiry, so a token never expires in flight. */
    private static final Duration EARLY = Duration.ofMinutes(5);

    /** Why no token could be had: retry later, or give up (wrong credentials). */
    static final class TokenUnavailable extends Exception {

        final boolean permanent;
        final Integer status;
        final Duration retryAfter;

        TokenUnavailable(String reason, boolean permanent, Integer status, Duration retryAfter) {
            super(reason, null, false, false);
            this.permanent = permanent;
            this.status = status;
            this.retryAfter = retryAfter;
        }
    }

    private record Cached(String value, Instant renewAt) {
    }

    @Inject
    TeamsBotConfig config;

    @Inject
    MicrosoftHttp http;

    @Inject
    Clock clock;

    private volatile Cached cached;

    /** Whether the bot has what it needs to get tokens. */
    boolean configured() {
        return nonBlank(config.appId()).isPresent() && nonBlank(config.appPassword()).isPresent();
    }

    String current() throws TokenUnavailable {
        Cached token = cached;
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.renewAt())) {
            return token.value();
        }
        return fetch(now);
    }

    /** Drops the cached token, after the Bot Connector refused it. */
    void forget() {
        cached = null;
    }

    private synchronized String fetch(Instant now) throws TokenUnavailable {
        Cached token = cached;
        if (token != null && now.isBefore(token.renewAt())) {
            return token.value();
        }
        if (!configured()) {
            throw new TokenUnavailable("Teams bot app id or password not configured", true, null, null);
        }
        String tenant = nonBlank(config.tenant()).orElse("botframework.com");
        String body = "grant_type=client_credentials&client_id=" + encode(config.appId().orElseThrow())
                + "&client_secret=" + encode(config.appPassword().orElseThrow())
                + "&scope=" + encode(config.tokenScope());
        HttpTransport.Reply reply;
        try {
            reply = http.form(config.tokenUrl().replace("{tenant}", tenant), body);
        } catch (IOException e) {
            throw new TokenUnavailable("token endpoint unreachable (" + e.getClass().getSimpleName() + ")", false,
                    null, null);
        }
        if (reply.status() != 200) {
            String code = HttpOutcomes.errorCode(reply.body());
            String reason = "token HTTP " + reply.status() + (code == null ? "" : " " + code);
            boolean retry = reply.status() == 429 || reply.status() == 408 || reply.status() >= 500;
            throw new TokenUnavailable(reason, !retry, reply.status(),
                    HttpOutcomes.retryAfter(reply.header("Retry-After"), now));
        }
        JsonNode json = HttpOutcomes.readJson(reply.body());
        String value = json == null ? null : json.path("access_token").asText(null);
        if (value == null || value.isBlank()) {
            throw new TokenUnavailable("token response without access_token", false, reply.status(), null);
        }
        long expiresIn = Math.max(0, json.path("expires_in").asLong(3600));
        Instant renewAt = now.plusSeconds(expiresIn).minus(EARLY);
        cached = new Cached(value, renewAt.isAfter(now) ? renewAt : now);
        return value;
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.filter(v -> !v.isBlank());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
