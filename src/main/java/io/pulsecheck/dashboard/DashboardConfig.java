package io.pulsecheck.dashboard;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The leader and HR web view: how long the "Open your dashboard" links in digests and leader prompts work, how long
 * a signed-in session lasts, and whether its cookie is {@code Secure}. Links and sessions are signed with
 * {@code pulsecheck.security.action-token-secret}, each under its own purpose label.
 */
@ConfigMapping(prefix = "pulsecheck.dashboard")
public interface DashboardConfig {

    /**
     * How long an "Open your dashboard" link works after it was sent. A digest goes out weekly, so a week keeps the
     * latest one usable. Env: {@code PULSECHECK_DASHBOARD_LINK_VALIDITY}.
     */
    @WithDefault("P7D")
    Duration linkValidity();

    /** How long a session lasts before the link must be opened again. Env: {@code PULSECHECK_DASHBOARD_SESSION_LENGTH}. */
    @WithDefault("PT8H")
    Duration sessionLength();

    /**
     * Whether the session cookie is {@code Secure} (sent over https only). Only dev mode on plain http turns it off.
     * Env: {@code PULSECHECK_DASHBOARD_SECURE_COOKIE}.
     */
    @WithDefault("true")
    boolean secureCookie();
}
