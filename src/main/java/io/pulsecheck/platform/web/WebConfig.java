package io.pulsecheck.platform.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The web check-in. Its links start with the service's public base URL ({@code PULSECHECK_API_PUBLIC_BASE_URL}), like
 * every link the service sends.
 */
@ConfigMapping(prefix = "pulsecheck.web")
public interface WebConfig {

    /**
     * How long a link to change one's check-in preferences (pause, stop, language; the emails' {@code List-Unsubscribe})
     * works. Check-in links themselves expire when their cycle closes. Env:
     * {@code PULSECHECK_WEB_PREFERENCES_LINK_VALIDITY}.
     */
    @WithDefault("P60D")
    Duration preferencesLinkValidity();
}
