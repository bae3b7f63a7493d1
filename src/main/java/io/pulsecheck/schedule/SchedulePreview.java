package io.pulsecheck.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coming send instants of a schedule, per member time zone. */
@Schema(name = "SchedulePreview", description = "Coming cycles of a schedule and when each time zone's members are prompted.")
public record SchedulePreview(
        UUID scheduleId,
        @Schema(example = "Europe/Berlin") String timeZone,
        LocalDate from,
        LocalDate to,
        @Schema(description = "A paused schedule sends nothing until resumed; the preview shows what it would send") boolean paused,
        List<Cycle> cycles) {

    /** One coming cycle. */
    @Schema(name = "PreviewCycle", description = "One coming cycle.")
    public record Cycle(
            @Schema(description = "The cycle date, a working day", example = "2026-04-07") LocalDate date,
            @Schema(description = "The date the cadence gave, before moving off weekends and holidays", example = "2026-04-06") LocalDate dueDate,
            @Schema(description = "Why the cycle moved, one entry per skipped day", example = "[\"2026-04-06 Easter Monday\"]") List<String> movedBecause,
            List<Send> sends) {
    }

    /** When the members in one time zone are prompted. */
    @Schema(name = "PreviewSend", description = "When the members in one time zone are prompted.")
    public record Send(
            @Schema(example = "Europe/Berlin") String timeZone,
            @Schema(description = "Active members in this time zone", example = "7") long members,
            @Schema(description = "Local date and time in that zone", example = "2026-04-07T09:00:00") LocalDateTime localDateTime,
            @Schema(description = "The same moment in UTC", example = "2026-04-07T07:00:00Z") Instant instant) {
    }
}
