package io.pulsecheck.platform.teams;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.adapters.HttpTransport;

/**
 * HTTP to Microsoft (key sets, the token endpoint, the Bot Connector), with the delivery request timeout and no
 * redirects. The Bot Connector needs PUT and GET besides POST, which the delivery transport does not offer.
 */
@ApplicationScoped
class MicrosoftHttp {

    @Inject
    DeliveryConfig delivery;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder().connectTimeout(delivery.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpTransport.Reply get(String url, Map<String, String> headers) throws IOException {
        return send(request(url, headers).GET());
    }

    HttpTransport.Reply json(String method, String url, Map<String, String> headers, String body) throws IOException {
        return send(request(url, headers).header("Content-Type", "application/json; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpTransport.Reply form(String url, String body) throws IOException {
        return send(request(url, Map.of()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String url, Map<String, String> headers) throws IOException {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(url)).timeout(delivery.requestTimeout());
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid URL", e);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private HttpTransport.Reply send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpTransport.Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
