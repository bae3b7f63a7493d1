package io.pulsecheck.replies;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Replies to comments (docs/ANONYMITY.md, "Replies to a comment"). */
@ConfigMapping(prefix = "pulsecheck.replies")
public interface RepliesConfig {

    /**
     * How many days after a check-in's date its reply threads stay open; then they are deleted with their messages
     * (the comment stays) and the writer's code leads nowhere. Env: {@code PULSECHECK_REPLIES_OPEN_DAYS}.
     */
    @WithDefault("90")
    int openDays();

    /** At most this many messages in one thread, leader's and writer's together. Env: {@code PULSECHECK_REPLIES_MAX_MESSAGES}. */
    @WithDefault("50")
    int maxMessages();

    /**
     * When the writers' messages written since the last release are shown to their leaders, all at once (a Quartz
     * cron in the server's time zone; {@code off} disables the job, tests call it directly). Env:
     * {@code PULSECHECK_REPLIES_RELEASE_CRON}.
     */
    @WithDefault("0 0 7 * * ?")
    String releaseCron();

    /**
     * How often threads past their open days are deleted; {@code off} disables the job (tests call it directly).
     * Env: {@code PULSECHECK_REPLIES_EXPIRE_EVERY}.
     */
    @WithDefault("6h")
    String expireEvery();
}
