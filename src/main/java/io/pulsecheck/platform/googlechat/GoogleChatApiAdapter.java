package io.pulsecheck.platform.googlechat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.HttpOutcomes;
import io.pulsecheck.delivery.adapters.HttpTransport;
import io.pulsecheck.delivery.adapters.SendOutcome;

/**
 * Chat API {@code spaces.messages.create} as the Chat app, with the service account's access token. Google answers
 * with HTTP statuses: 429 waits for {@code Retry-After}, 5xx retries with backoff, other 4xx are dead letters.
 */
@ApplicationScoped
public class GoogleChatApiAdapter implements DeliveryAdapter {

    private static final Pattern SPACE = Pattern.compile("spaces/[A-Za-z0-9_-]{1,100}");

    @Inject
    GoogleChatAppConfig config;

    @Inject
    GoogleChatCredentials credentials;

    @Inject
    HttpTransport http;

    @Inject
    Clock clock;

    @Override
    public String transport() {
        return GoogleChatDestinations.API;
    }

    @Override
    public double ratePerSecond() {
        return config.ratePerSecond();
    }

    @Override
    public List<String> platformHosts() {
        return List.of("chat.googleapis.com");
    }

    @Override
    public List<String> configuredUrls() {
        return List.of(config.apiBaseUrl());
    }

    @Override
    public SendOutcome send(Destination destination, String payloadJson) {
        String space = destination.workspace();
        if (space == null) {
            return SendOutcome.dead(null, "the person has not added the Google Chat app");
        }
        if (!SPACE.matcher(space).matches()) {
            return SendOutcome.dead(null, "not a Google Chat space name");
        }
        if (!config.canSend()) {
            return SendOutcome.dead(null, "no Google Chat service account configured");
        }
        String token;
        try {
            token = credentials.accessToken();
        } catch (IOException e) {
            return SendOutcome.retry(null, "no Google access token (" + e.getClass().getSimpleName() + ")", null);
        }
        try {
            return HttpOutcomes.fromStatus(http.postJson(config.apiBaseUrl() + "/v1/" + space + "/messages",
                    Map.of("Authorization", "Bearer " + token), payloadJson), clock.instant());
        } catch (IOException e) {
            return HttpOutcomes.fromFailure(e);
        }
    }
}
