package io.pulsecheck.platform.mattermost;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Mattermost: the slash command's token, the incoming webhook that posts prompts, and its send rate. */
@ConfigMapping(prefix = "pulsecheck.mattermost")
public interface MattermostConfig {

    /**
     * The slash command's ({@code /pulse}) token as Mattermost shows it; unset refuses every command. Interactive
     * buttons are authenticated by action tokens instead. Env: {@code PULSECHECK_MATTERMOST_COMMAND_TOKEN}.
     */
    Optional<String> commandToken();

    /** Incoming webhook URL that may post to {@code @username}. Env: {@code PULSECHECK_MATTERMOST_WEBHOOK_URL}. */
    Optional<String> webhookUrl();

    /**
     * Sends per second per Mattermost server (its default limit is 10 per second per client). Env:
     * {@code PULSECHECK_MATTERMOST_RATE_LIMIT}.
     */
    @WithDefault("5")
    double rateLimit();
}
