package io.pulsecheck.platform.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The web check-in: where its pages are reached from outside, and how long preference links work. */
@ConfigMapping(prefix = "pulsecheck.web")
public interface WebConfig {

    /**
     * The service's public base URL, as people's browsers reach it (behind your TLS proxy), without a trailing slash;
     * check-in links are {@code <base>/checkin/<token>}. Env: {@code PULSECHECK_WEB_PUBLIC_BASE_URL}.
     */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /**
     * How long a link to change one's check-in preferences (pause, stop, language; the emails' {@code List-Unsubscribe})
     * works. Check-in links themselves expire when their cycle closes. Env:
     * {@code PULSECHECK_WEB_PREFERENCES_LINK_VALIDITY}.
     */
    @WithDefault("P60D")
    Duration preferencesLinkValidity();
}
