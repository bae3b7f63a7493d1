package io.pulsecheck.platform.slack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Slack as an installable app: the OAuth v2 install, the encryption of the workspaces' bot tokens, and the roster
 * sync that finds people's member ids by email (docs/SLACK.md). The OAuth redirect URL is
 * {@code pulsecheck.api.public-base-url} plus {@code /slack/oauth/callback}.
 */
@ConfigMapping(prefix = "pulsecheck.slack.app")
public interface SlackAppConfig {

    /** The app's client id (Basic Information page). Unset disables the install flow. Env: {@code PULSECHECK_SLACK_APP_CLIENT_ID}. */
    Optional<String> clientId();

    /** The app's client secret. Env: {@code PULSECHECK_SLACK_APP_CLIENT_SECRET}. */
    Optional<String> clientSecret();

    /**
     * Base64 of at least 32 random bytes ({@code openssl rand -base64 32}); the bot tokens are encrypted under a key
     * derived from it. Required for the install flow; never stored in the database. Env:
     * {@code PULSECHECK_SLACK_APP_TOKEN_KEY}.
     */
    Optional<String> tokenKey();

    /** Id (1 to 255) of {@link #tokenKey()}, written with every token; a new key gets a new id. Env: {@code PULSECHECK_SLACK_APP_TOKEN_KEY_ID}. */
    @WithDefault("1")
    int tokenKeyId();

    /**
     * Earlier token keys still accepted while tokens encrypted under them remain ({@code id:base64}, comma-separated);
     * the roster sync re-encrypts those tokens under the current key. Env: {@code PULSECHECK_SLACK_APP_PREVIOUS_TOKEN_KEYS}.
     */
    Optional<List<String>> previousTokenKeys();

    /** Bot scopes asked for at install. Env: {@code PULSECHECK_SLACK_APP_SCOPES}. */
    @WithDefault("chat:write,im:write,im:history,users:read,users:read.email")
    List<String> scopes();

    /** Slack's authorisation page the install redirects to. Env: {@code PULSECHECK_SLACK_APP_AUTHORIZE_URL}. */
    @WithDefault("https://slack.com/oauth/v2/authorize")
    String authorizeUrl();

    /** How long an install may take from {@code /slack/install} to the callback. Env: {@code PULSECHECK_SLACK_APP_STATE_VALIDITY}. */
    @WithDefault("10m")
    Duration stateValidity();

    /**
     * Workspace or Enterprise Grid organisation ids that may install the app; unset allows any. Env:
     * {@code PULSECHECK_SLACK_APP_ALLOWED_TEAMS}.
     */
    Optional<List<String>> allowedTeams();

    /** How often the roster sync runs; {@code off} disables it (tests call it). Env: {@code PULSECHECK_SLACK_APP_ROSTER_SYNC_EVERY}. */
    @WithDefault("1m")
    String rosterSyncEvery();

    /**
     * Most {@code users.lookupByEmail} calls one sync makes; Slack allows about 100 per minute per workspace (tier 4),
     * so the default at one sync a minute leaves headroom. Env: {@code PULSECHECK_SLACK_APP_LOOKUPS_PER_SYNC}.
     */
    @WithDefault("80")
    int lookupsPerSync();

    /** A found or missing member id is looked up again after this long. Env: {@code PULSECHECK_SLACK_APP_LOOKUP_MAX_AGE}. */
    @WithDefault("P1D")
    Duration lookupMaxAge();
}
