package io.pulsecheck.delivery.adapters;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How HTTP answers map to outcomes, shared by the adapters: 2xx sent; 429 retry after {@code Retry-After}; 408 and
 * 5xx retry with backoff; other 4xx dead. Errors keep only a platform error code, never a body that could quote
 * message content.
 */
public final class HttpOutcomes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,80}");

    private HttpOutcomes() {
    }

    public static SendOutcome fromStatus(HttpTransport.Reply reply, Instant now) {
        int status = reply.status();
        if (status >= 200 && status < 300) {
            return SendOutcome.sent(status);
        }
        String error = "HTTP " + status + errorCodeSuffix(reply.body());
        if (status == 429) {
            return SendOutcome.retry(status, error, retryAfter(reply.header("Retry-After"), now));
        }
        if (status == 408 || status >= 500) {
            return SendOutcome.retry(status, error, null);
        }
        return SendOutcome.dead(status, error);
    }

    public static SendOutcome fromFailure(IOException e) {
        if (e instanceof HttpTransport.RefusedDestinationException refused) {
            return SendOutcome.dead(null, "destination refused: URL " + refused.getMessage());
        }
        if (e instanceof HttpTimeoutException) {
            return SendOutcome.retry(null, "timeout", null);
        }
        return SendOutcome.retry(null, "connection failed (" + e.getClass().getSimpleName() + ")", null);
    }

    /** Seconds or an HTTP date (counted from {@code now}); null when absent or unreadable. */
    public static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException ignored) {
            // Not seconds; try the HTTP-date form.
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A short error code from a platform body: Slack's {@code error}, Mattermost's {@code id}, Google's status, or a bare word. */
    public static String errorCode(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String trimmed = body.trim();
        if (ERROR_CODE.matcher(trimmed).matches()) {
            return trimmed;
        }
        try {
            JsonNode node = JSON.readTree(trimmed);
            for (JsonNode candidate : new JsonNode[] { node.path("error"), node.path("id"),
                    node.path("error").path("status") }) {
                if (candidate.isTextual() && ERROR_CODE.matcher(candidate.asText()).matches()) {
                    return candidate.asText();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    public static JsonNode readJson(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String errorCodeSuffix(String body) {
        String code = errorCode(body);
        return code == null ? "" : " " + code;
    }
}
