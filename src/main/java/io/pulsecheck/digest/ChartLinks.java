package io.pulsecheck.digest;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.common.security.Hmac;

/**
 * Chart image URLs that chat platforms can fetch without a bearer token: unguessable because they carry an HMAC of
 * the team and expiry time, and useless after they expire.
 */
@ApplicationScoped
public class ChartLinks {

    static final String PATH = "/charts/teams/";

    @Inject
    DigestConfig config;

    @Inject
    ApiConfig api;

    @Inject
    Clock clock;

    /** A signed link to the team's trend chart with labels in the locale. */
    public String trendChartUrl(UUID teamId, String locale) {
        long expires = clock.instant().plus(config.chartLinkValidity()).getEpochSecond();
        return api.publicBaseUrl().replaceAll("/+$", "") + PATH + teamId + "/trend.png?expires=" + expires + "&sig="
                + signature(teamId, expires) + "&lang=" + UserLocale.resolve(locale);
    }

    /** Whether the link's signature is right and it has not expired. */
    public boolean isValid(UUID teamId, long expires, String signature) {
        // Compared as seconds: any long is a valid request value, but not every long is a valid Instant.
        if (signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return Hmac.constantTimeEquals(signature(teamId, expires), signature);
    }

    String signature(UUID teamId, long expires) {
        return Hmac.sha256Base64Url(config.chartSecret(), "trend-chart|" + teamId + "|" + expires);
    }
}
