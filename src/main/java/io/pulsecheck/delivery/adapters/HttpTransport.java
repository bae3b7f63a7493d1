package io.pulsecheck.delivery.adapters;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.OutboundUrlPolicy;

/**
 * The one HTTP client of the delivery adapters. Webhook URLs differ per message, so this wraps the JDK client rather
 * than a MicroProfile REST client bound to one base URL.
 */
@ApplicationScoped
public class HttpTransport {

    /** A platform's answer. */
    public record Reply(int status, Map<String, java.util.List<String>> headers, String body) {

        public String header(String name) {
            for (Map.Entry<String, java.util.List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }
    }

    @Inject
    DeliveryConfig config;

    @Inject
    OutboundUrlPolicy policy;

    /** The URL's destination is not allowed (any more): sending is pointless, the message is dead. */
    public static final class RefusedDestinationException extends IOException {

        RefusedDestinationException(String reason) {
            super(reason);
        }
    }

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * POSTs a JSON body.
     *
     * @throws HttpTimeoutException when the platform did not answer within the request timeout
     * @throws RefusedDestinationException when the outbound URL policy refuses the URL, checked again before every
     *         request because DNS may answer differently than when the URL was stored
     * @throws IOException when the connection failed
     */
    public Reply postJson(String url, Map<String, String> headers, String body) throws IOException {
        return send("POST", url, headers, body);
    }

    /**
     * Sends a JSON body (or none, when null) with any method, for APIs that read and update as well as post; the same
     * checks and failures as {@link #postJson}.
     */
    public Reply send(String method, String url, Map<String, String> headers, String body) throws IOException {
        URI uri = URI.create(url);
        Optional<String> refusal = policy.refusalForSending(url);
        if (refusal.isPresent()) {
            throw new RefusedDestinationException(refusal.get());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=utf-8");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
