package io.pulsecheck.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulsecheck.platform.PlatformId;

/** A schedule as stored, with its next cycle date. */
@Schema(name = "Schedule", description = "A team's check-in schedule.")
public record ScheduleView(
        UUID id,
        @Schema(description = "The team asked, or the node whose leaders are asked; null for the leaders of the whole organisation")
        UUID teamId,
        @Schema(description = "The team's name, so a list of schedules can be shown without reading each team", example = "Platform")
        String teamName,
        @Schema(description = "members or leaders", example = "members") Audience audience,
        UUID questionSetId,
        @Schema(example = "4") int rotationSize,
        @Schema(example = "weekly") Cadence cadence,
        String cron,
        @Schema(example = "MONDAY") DayOfWeek weekday,
        @Schema(example = "09:00:00") LocalTime localTime,
        @Schema(example = "Europe/Berlin") String timeZone,
        boolean skipWeekends,
        @Schema(example = "DE-BY") String holidayRegion,
        @Schema(example = "24") Integer reminderAfterHours,
        @Schema(example = "3") int cycleLengthDays,
        @Schema(description = "The platform for members without a chat identity of their own", example = PlatformId.EXAMPLE) PlatformId channel,
        boolean leaderPromptEnabled,
        boolean paused,
        LocalDate startsOn,
        @Schema(description = "The next cycle date from today in the schedule's zone; null while paused or none within a year")
        LocalDate nextCycleDate,
        @Schema(example = "0") long version,
        Instant createdAt) {
}
