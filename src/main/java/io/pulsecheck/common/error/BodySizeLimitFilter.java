package io.pulsecheck.common.error;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.pulsecheck.common.config.ApiConfig;

/**
 * Refuses request bodies above {@code pulsecheck.api.max-body-size} (webhooks: {@code webhook-max-body-size}) with a
 * 413 problem before anything reads them. Chunked bodies, which announce no length, are cut off by the HTTP layer at
 * {@code quarkus.http.limits.max-body-size}, which is the same API limit.
 */
public class BodySizeLimitFilter {

    // Filters are built during static init, before runtime configuration exists; resolve it per request.
    @Inject
    Provider<ApiConfig> config;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limitBodySize(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return Optional.empty();
        }
        long length;
        try {
            length = Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Optional.of(Problem.of(Status.BAD_REQUEST, "invalid-content-length",
                    "The Content-Length header is not a number").toResponse());
        }
        ApiConfig api = config.get();
        long limit = request.getUriInfo().getPath().startsWith("/webhooks/")
                ? api.webhookMaxBodySize().asLongValue()
                : api.maxBodySize().asLongValue();
        if (length > limit) {
            return Optional.of(Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                    "The request body is larger than the limit of " + limit + " bytes").toResponse());
        }
        return Optional.empty();
    }
}
