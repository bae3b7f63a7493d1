package io.pulsecheck.platform;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.pulsecheck.common.config.ApiConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Warns when chat platforms must fetch images (the digest's trend chart) from our public base URL but cannot: it is
 * not public HTTPS (localhost, a private address, plain http). The platforms then leave the chart out, so the service
 * stays ready; the warning says why leaders see no chart, once at start-up and in every readiness answer.
 */
@Readiness
@ApplicationScoped
public class PublicBaseUrlCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(PublicBaseUrlCheck.class);

    @Inject
    ApiConfig api;

    @Inject
    ChatPlatforms platforms;

    void warnAtStartup(@Observes StartupEvent event) {
        warning().ifPresent(LOG::warn);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("public-base-url").up()
                .withData("url", api.publicBaseUrl());
        warning().ifPresent(text -> response.withData("warning", text));
        return response.build();
    }

    /** The warning, or empty when the URL is fine or no installed platform fetches images. */
    public Optional<String> warning() {
        List<PlatformId> fetchers = platforms.imageFetchers();
        if (fetchers.isEmpty()) {
            return Optional.empty();
        }
        return PublicUrls.problem(api.publicBaseUrl()).map(problem -> "The public base URL " + api.publicBaseUrl()
                + " " + problem + ": " + fetchers.stream().map(PlatformId::wireName).collect(Collectors.joining(", "))
                + " cannot fetch chart images from it, so digests go out without their chart. Set"
                + " PULSECHECK_API_PUBLIC_BASE_URL to the service's public https address.");
    }
}
