package io.pulsecheck.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.common.config.ApiConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses request bodies above {@code pulsecheck.api.max-body-size} (webhooks: {@code webhook-max-body-size}) with a
 * 413 problem before anything reads them, on the HTTP layer so that nothing is buffered first. Chunked bodies, which
 * announce no length, are cut off while being read at {@code quarkus.http.limits.max-body-size}, the same API limit.
 */
@ApplicationScoped
public class BodySizeLimitFilter {

    /** Right after the protective headers, before any body handler or REST route. */
    private static final int ORDER = -9_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ApiConfig config;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::limitBodySize);
    }

    private void limitBodySize(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            context.next();
            return;
        }
        long length;
        try {
            length = Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            refuse(context, Problem.of(Status.BAD_REQUEST, "invalid-content-length",
                    "The Content-Length header is not a number"));
            return;
        }
        String path = context.request().path();
        long limit = path != null && path.startsWith("/webhooks/")
                ? config.webhookMaxBodySize().asLongValue()
                : config.maxBodySize().asLongValue();
        if (length > limit) {
            refuse(context, Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                    "The request body is larger than the limit of " + limit + " bytes"));
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, Problem problem) {
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        // The unread body is not wanted; closing stops the client from sending the rest of it.
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
