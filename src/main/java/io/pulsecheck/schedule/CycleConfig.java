package io.pulsecheck.schedule;

import java.time.Duration;
import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Check-in cycles: when they open, when reminders may go out. */
@ConfigMapping(prefix = "pulsecheck.cycles")
public interface CycleConfig {

    /**
     * How long before the team's first prompt its leaders get their reassurance prompt (when the schedule enables it).
     * Env: {@code PULSECHECK_CYCLES_LEADER_PROMPT_LEAD}.
     */
    @WithDefault("2h")
    Duration leaderPromptLead();

    /** Start of the night in each member's time zone: no reminder goes out from then. Env: {@code PULSECHECK_CYCLES_QUIET_HOURS_START}. */
    @WithDefault("20:00")
    LocalTime quietHoursStart();

    /** End of the night in each member's time zone: held-back reminders go out from then. Env: {@code PULSECHECK_CYCLES_QUIET_HOURS_END}. */
    @WithDefault("08:00")
    LocalTime quietHoursEnd();

    /** Invitations one transaction turns into prompts or reminders. Env: {@code PULSECHECK_CYCLES_BATCH_SIZE}. */
    @WithDefault("200")
    int batchSize();
}
