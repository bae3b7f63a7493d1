package io.pulsecheck.platform.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.delivery.DeliveryConfig;

/**
 * The Slack Web API methods called directly rather than through the outbox: the OAuth code exchange,
 * {@code users.lookupByEmail}, and {@code chat.postMessage} for a reply code, which must never be stored.
 * All take form-encoded bodies (Slack reads no JSON for the first two).
 */
@ApplicationScoped
public class SlackWebApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DeliveryConfig delivery;

    @Inject
    SlackConfig slack;

    private HttpClient client;

    /** Slack's answer: the HTTP status, the JSON body (null when unreadable) and a {@code Retry-After} if any. */
    public record Answer(int status, JsonNode body, Duration retryAfter) {

        public boolean ok() {
            return status == 200 && body != null && body.path("ok").asBoolean(false);
        }

        /** Slack's error code, {@code http_<status>} for a non-200, or {@code unreadable_response}. */
        public String error() {
            if (status != 200) {
                return "http_" + status;
            }
            return body == null ? "unreadable_response" : body.path("error").asText("unknown_error");
        }
    }

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder().connectTimeout(delivery.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** {@code oauth.v2.access}: exchanges an install's code for the workspace's bot token. */
    public Answer oauthAccess(String clientId, String clientSecret, String code, String redirectUri) throws IOException {
        return post("oauth.v2.access", null, Map.of("client_id", clientId, "client_secret", clientSecret,
                "code", code, "redirect_uri", redirectUri));
    }

    /** {@code users.lookupByEmail} with a workspace's bot token. */
    public Answer lookupByEmail(String token, String email) throws IOException {
        return post("users.lookupByEmail", token, Map.of("email", email));
    }

    /** {@code chat.postMessage} with a workspace's bot token; a user id as channel opens their direct message. */
    public Answer postMessage(String token, String channel, String text) throws IOException {
        return post("chat.postMessage", token, Map.of("channel", channel, "text", text));
    }

    private Answer post(String method, String token, Map<String, String> form) throws IOException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(slack.apiBaseUrl() + "/" + method))
                .timeout(delivery.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            json = null;
        }
        Duration retryAfter = response.headers().firstValue("Retry-After").map(SlackWebApi::seconds).orElse(null);
        return new Answer(response.statusCode(), json, retryAfter);
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(60);
        }
    }
}
