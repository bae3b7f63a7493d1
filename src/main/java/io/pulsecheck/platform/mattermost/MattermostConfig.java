package io.pulsecheck.platform.mattermost;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Mattermost: the slash command's token, the bot account that sends direct messages (or the incoming webhook it
 * replaces), and their send rates.
 */
@ConfigMapping(prefix = "pulsecheck.mattermost")
public interface MattermostConfig {

    /**
     * The slash command's ({@code /pulse}) token as Mattermost shows it; unset refuses every command. Interactive
     * buttons are authenticated by action tokens instead. Env: {@code PULSECHECK_MATTERMOST_COMMAND_TOKEN}.
     */
    Optional<String> commandToken();

    /**
     * Incoming webhook URL that may post to {@code @username}; used for prompts only while no bot account is set.
     * Env: {@code PULSECHECK_MATTERMOST_WEBHOOK_URL}.
     */
    Optional<String> webhookUrl();

    /**
     * The Mattermost server the bot account is on, e.g. {@code https://chat.example.com}. With {@link #botToken()} set,
     * prompts and leader prompts are direct messages from the bot through REST API v4. Env:
     * {@code PULSECHECK_MATTERMOST_SERVER_URL}.
     */
    Optional<String> serverUrl();

    /** Personal access token of the bot account. Env: {@code PULSECHECK_MATTERMOST_BOT_TOKEN}. */
    Optional<String> botToken();

    /**
     * Bot messages per second per server. A message is two API requests (post, then bind its buttons), three for a
     * person's first; Mattermost's default limit is 10 requests per second per user. Env:
     * {@code PULSECHECK_MATTERMOST_BOT_RATE_LIMIT}.
     */
    @WithDefault("3")
    double botRateLimit();

    /**
     * Sends per second per Mattermost server (its default limit is 10 per second per client). Env:
     * {@code PULSECHECK_MATTERMOST_RATE_LIMIT}.
     */
    @WithDefault("5")
    double rateLimit();
}
