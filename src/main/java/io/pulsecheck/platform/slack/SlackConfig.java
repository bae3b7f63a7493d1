package io.pulsecheck.platform.slack;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Slack: the app's request signing, the Web API and its bot tokens, and the send rates. */
@ConfigMapping(prefix = "pulsecheck.slack")
public interface SlackConfig {

    /** The app's signing secret; unset refuses every Slack request. Env: {@code PULSECHECK_SLACK_SIGNING_SECRET}. */
    Optional<String> signingSecret();

    /**
     * The previous signing secret, accepted as well while a rotation is under way. Env:
     * {@code PULSECHECK_SLACK_PREVIOUS_SIGNING_SECRET}.
     */
    Optional<String> previousSigningSecret();

    /**
     * Only {@code response_url}s starting with this prefix are replied to. Env:
     * {@code PULSECHECK_SLACK_RESPONSE_URL_PREFIX}.
     */
    @WithDefault("https://hooks.slack.com/")
    String responseUrlPrefix();

    /** Base URL of the Slack Web API. Env: {@code PULSECHECK_SLACK_API_BASE_URL}. */
    @WithDefault("https://slack.com/api")
    String apiBaseUrl();

    /** Bot token ({@code xoxb-...}) for workspaces without their own. Env: {@code PULSECHECK_SLACK_BOT_TOKEN}. */
    Optional<String> botToken();

    /**
     * Bot tokens per Slack workspace (team) id, e.g. {@code pulsecheck.slack.workspace-bot-tokens.T0123=xoxb-...}, set
     * as properties (system properties or a properties file).
     */
    Map<String, String> workspaceBotTokens();

    /**
     * Workspace id used for members' direct messages when a person carries none. Env:
     * {@code PULSECHECK_SLACK_DEFAULT_WORKSPACE}.
     */
    @WithDefault("default")
    String defaultWorkspace();

    /** Sends per second; defaults follow Slack's documented limits. */
    RateLimits rateLimits();

    interface RateLimits {

        /**
         * {@code chat.postMessage} per workspace ("several hundred per minute"). Env:
         * {@code PULSECHECK_SLACK_RATE_LIMITS_API}.
         */
        @WithDefault("4")
        double api();

        /** Per incoming webhook, i.e. per channel (1 per second). Env: {@code PULSECHECK_SLACK_RATE_LIMITS_WEBHOOK}. */
        @WithDefault("1")
        double webhook();

        /** Per {@code response_url}. Env: {@code PULSECHECK_SLACK_RATE_LIMITS_RESPONSE_URL}. */
        @WithDefault("1")
        double responseUrl();
    }
}
