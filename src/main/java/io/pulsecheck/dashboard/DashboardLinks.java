package io.pulsecheck.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.security.Hmac;
import io.pulsecheck.common.security.SecurityConfig;

/**
 * The signed, expiring "Open your dashboard" link a leader gets in digests and leader prompts. It names the leader
 * and, optionally, the team page to land on; the HMAC covers both and the expiry, so none can be changed. Opening it
 * exchanges it for a session cookie ({@link DashboardSessions}); the link itself stays usable until it expires,
 * because chat platforms fetch links to preview them.
 */
@ApplicationScoped
public class DashboardLinks {

    static final String OPEN_PATH = "/dashboard/open";
    private static final String PURPOSE = "dashboard-link";

    @Inject
    DashboardConfig config;

    @Inject
    SecurityConfig security;

    @Inject
    ApiConfig api;

    @Inject
    Clock clock;

    /** Why a link was refused; the page tells the leader which. */
    public enum Refusal {
        /** The signature is right but the time is up. */
        EXPIRED,
        /** Missing parts, or a signature this service did not make. */
        INVALID
    }

    /** A verified link: the leader, and the team page to open (null: the overview). */
    public record Opened(UUID leaderId, UUID teamId) {
    }

    /** The leader's link, landing on the team's page when a team is given. */
    public String forLeader(UUID leaderId, UUID teamId) {
        long expires = clock.instant().plus(config.linkValidity()).getEpochSecond();
        String team = teamId == null ? "" : teamId.toString();
        return api.publicBaseUrl().replaceAll("/+$", "") + OPEN_PATH + "?leader=" + leaderId
                + (teamId == null ? "" : "&team=" + team) + "&expires=" + expires + "&sig="
                + URLEncoder.encode(signature(leaderId.toString(), team, expires), StandardCharsets.UTF_8);
    }

    /** The link's leader and team, or why it is refused. A forged link never learns whether it would have expired. */
    public Result verify(String leader, String team, String expires, String signature) {
        UUID leaderId;
        UUID teamId;
        long expiresAt;
        try {
            leaderId = UUID.fromString(leader);
            teamId = team == null || team.isEmpty() ? null : UUID.fromString(team);
            expiresAt = Long.parseLong(expires);
        } catch (RuntimeException e) {
            return Result.refused(Refusal.INVALID);
        }
        String expected = signature(leaderId.toString(), teamId == null ? "" : teamId.toString(), expiresAt);
        if (!Hmac.constantTimeEquals(expected, signature)) {
            return Result.refused(Refusal.INVALID);
        }
        if (expiresAt < clock.instant().getEpochSecond()) {
            return Result.refused(Refusal.EXPIRED);
        }
        return new Result(Optional.of(new Opened(leaderId, teamId)), null);
    }

    /** Either the opened link or the refusal. */
    public record Result(Optional<Opened> opened, Refusal refusal) {
        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), refusal);
        }
    }

    private String signature(String leader, String team, long expires) {
        return Hmac.sha256Base64Url(security.actionTokenSecret(), PURPOSE + "|" + leader + "|" + team + "|" + expires);
    }
}
