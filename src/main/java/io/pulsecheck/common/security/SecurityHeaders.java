package io.pulsecheck.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Protective headers on every response of the public port: no content sniffing, no referrer beyond the origin, no
 * framing by other sites, HSTS when the request came over TLS (directly or through a proxy that says so), and no
 * caching of API answers, which carry reports and rosters.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before every other route, so that even refusals (401, 413, 404) carry the headers. */
    private static final int ORDER = -10_000;
    static final String HSTS = "max-age=31536000; includeSubDomains";

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> apply(context.request(), context.response().headers()));
        context.next();
    }

    static void apply(HttpServerRequest request, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        // SAMEORIGIN rather than DENY: the dev UI frames its own pages.
        headers.set("X-Frame-Options", "SAMEORIGIN");
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", "frame-ancestors 'self'");
        }
        if (overTls(request)) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        String path = request.path();
        if (path != null && path.startsWith("/api/")) {
            headers.set("Cache-Control", "no-store");
        }
    }

    private static boolean overTls(HttpServerRequest request) {
        if (request.isSSL()) {
            return true;
        }
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return forwarded != null && forwarded.trim().toLowerCase().startsWith("https");
    }
}
