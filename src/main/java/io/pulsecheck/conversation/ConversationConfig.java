package io.pulsecheck.conversation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Inbound conversations: how long handled requests are remembered, the janitor, commands. Each platform configures
 * the secrets that authenticate its requests.
 */
@ConfigMapping(prefix = "pulsecheck.conversation")
public interface ConversationConfig {

    /**
     * How long handled request keys (event ids, signatures, trigger ids) are kept to refuse replays and absorb
     * platform retries; at least the 5-minute replay window. Env: {@code PULSECHECK_CONVERSATION_DEDUP_RETENTION}.
     */
    @WithDefault("PT1H")
    Duration dedupRetention();

    /**
     * How often closed cycles are cleaned up (conversations deleted, sealed rows mixed) and old request keys purged;
     * {@code off} disables it (tests call the janitor directly). Env: {@code PULSECHECK_CONVERSATION_JANITOR_EVERY}.
     */
    @WithDefault("5m")
    String janitorEvery();

    /** Days a bare {@code pause} command pauses check-ins. Env: {@code PULSECHECK_CONVERSATION_DEFAULT_PAUSE_DAYS}. */
    @WithDefault("14")
    int defaultPauseDays();
}
