package io.pulsecheck.platform.teams;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The Microsoft Teams bot (Bot Framework): the Entra app registration it runs as, where Microsoft's keys and tokens
 * come from, and how fast it may send. Without an app id and password the bot is off: inbound activities are refused
 * and nobody is reached through it (docs/TEAMS.md).
 */
@ConfigMapping(prefix = "pulsecheck.ms-teams.bot")
public interface TeamsBotConfig {

    /** The bot's Microsoft App ID (the Entra application's client id). Env: {@code PULSECHECK_MS_TEAMS_BOT_APP_ID}. */
    Optional<String> appId();

    /** The app's client secret. Env: {@code PULSECHECK_MS_TEAMS_BOT_APP_PASSWORD}. */
    Optional<String> appPassword();

    /**
     * The Entra tenant of a single-tenant app; unset for a multi-tenant app, which gets its tokens from the
     * {@code botframework.com} tenant. Env: {@code PULSECHECK_MS_TEAMS_BOT_TENANT}.
     */
    Optional<String> tenant();

    /**
     * OpenID metadata of the Bot Connector token service; its {@code jwks_uri} names the signing keys. Env:
     * {@code PULSECHECK_MS_TEAMS_BOT_OPENID_METADATA_URL}.
     */
    @WithDefault("https://login.botframework.com/v1/.well-known/openidconfiguration")
    String openidMetadataUrl();

    /** Issuers accepted on inbound tokens. Env: {@code PULSECHECK_MS_TEAMS_BOT_ISSUERS}. */
    @WithDefault("https://api.botframework.com")
    List<String> issuers();

    /**
     * Token endpoint for the client-credentials grant; {@code {tenant}} is replaced by the tenant, or by
     * {@code botframework.com} when none is set. Env: {@code PULSECHECK_MS_TEAMS_BOT_TOKEN_URL}.
     */
    @WithDefault("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token")
    String tokenUrl();

    /** Scope of the outbound token. Env: {@code PULSECHECK_MS_TEAMS_BOT_TOKEN_SCOPE}. */
    @WithDefault("https://api.botframework.com/.default")
    String tokenScope();

    /**
     * Clock difference tolerated on an inbound token's expiry and not-before. Env:
     * {@code PULSECHECK_MS_TEAMS_BOT_ALLOWED_CLOCK_SKEW}.
     */
    @WithDefault("5m")
    Duration allowedClockSkew();

    /**
     * Shortest time between two key downloads caused by tokens with an unknown key id, so forged tokens cannot make
     * the service hammer Microsoft. Env: {@code PULSECHECK_MS_TEAMS_BOT_KEY_REFRESH_MIN_INTERVAL}.
     */
    @WithDefault("1m")
    Duration keyRefreshMinInterval();

    /**
     * How long downloaded keys are used before they are fetched again. Env:
     * {@code PULSECHECK_MS_TEAMS_BOT_KEY_CACHE}.
     */
    @WithDefault("24h")
    Duration keyCache();

    /**
     * Only service URLs under these hosts are sent to (a token's {@code serviceUrl} names where replies go). Env:
     * {@code PULSECHECK_MS_TEAMS_BOT_SERVICE_URL_HOSTS}.
     */
    @WithDefault("*.botframework.com,*.trafficmanager.net,*.teams.microsoft.com")
    List<String> serviceUrlHosts();

    /**
     * Messages per second per Teams tenant. Teams allows a bot 50 requests per second per tenant and 7 per second in
     * one conversation; each 1:1 chat gets one prompt, so the tenant limit is the one that matters. Env:
     * {@code PULSECHECK_MS_TEAMS_BOT_RATE_LIMIT}.
     */
    @WithDefault("20")
    double rateLimit();
}
