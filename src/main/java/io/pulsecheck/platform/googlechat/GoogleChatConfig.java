package io.pulsecheck.platform.googlechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Google Chat. */
@ConfigMapping(prefix = "pulsecheck.google-chat")
public interface GoogleChatConfig {

    /** Sends per second per Google Chat space webhook (60 per minute). Env: {@code PULSECHECK_GOOGLE_CHAT_RATE_LIMIT}. */
    @WithDefault("1")
    double rateLimit();
}
