package io.pulsecheck.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.pulsecheck.common.api.ValidZoneId;
import io.pulsecheck.platform.PlatformId;

/**
 * When and how a team (or the leaders under a node) is asked, as HR writes it.
 *
 * @param teamId the team whose members are asked; with audience leaders the node whose leaders are asked (absent:
 *        the whole organisation)
 * @param version on update: the version read; a stale one gets 409. Ignored on create.
 * @param audience members (default) or leaders
 */
@Schema(name = "ScheduleRequest", description = "A team's check-in schedule, or a leaders' check of a department or the organisation.")
public record ScheduleRequest(
        @Schema(description = "The team asked; required for audience members. With audience leaders the department whose leaders are asked, absent for every leader of the organisation") UUID teamId,
        @NotNull @Schema(description = "The question set; each cycle asks from its current version") UUID questionSetId,
        @NotNull @Min(1) @Max(50) @Schema(description = "How many questions one pulse asks; the rotation walks through the set. A validated scale (WHO-5, PSS-4) is asked whole: for such a set it must equal the number of its questions", example = "4") Integer rotationSize,
        @NotNull @Schema(description = "weekly, biweekly, monthly (first weekday of the month) or cron", example = "weekly") Cadence cadence,
        @Size(max = 120) @Schema(description = "Quartz cron expression, only with cadence cron; it picks the days, localTime the hour", example = "0 0 9 ? * MON,THU") String cron,
        @Schema(description = "Day of the week; required unless cadence is cron", example = "MONDAY") DayOfWeek weekday,
        @NotNull @Schema(description = "Send time in each member's own time zone", example = "09:00") LocalTime localTime,
        @NotBlank @ValidZoneId @Schema(description = "Default time zone: dates the cycles; a member's own time zone wins for sending", example = "Europe/Berlin") String timeZone,
        @Schema(description = "Move cycles that fall on Saturday or Sunday to Monday (default true)", example = "true") Boolean skipWeekends,
        @Pattern(regexp = "[A-Za-z]{2}(-[A-Za-z0-9]{1,6}){0,2}", message = "must be a region such as DE or DE-BY")
        @Schema(description = "Public holidays to skip, e.g. DE or DE-BY; null skips none", example = "DE-BY") String holidayRegion,
        @Min(1) @Max(720) @Schema(description = "Hours after the prompt before non-responders get one reminder; null sends none", example = "24") Integer reminderAfterHours,
        @NotNull @Min(1) @Max(31) @Schema(description = "Days until the cycle closes", example = "3") Integer cycleLengthDays,
        @NotNull @Schema(description = "The platform used to reach a member of this team who has no chat identity of their own: slack, mattermost, teams, google-chat, webhook or web. Validated and stored; members are reached on their own platform today, and none of these platforms can address someone without a user id yet.", example = PlatformId.EXAMPLE) PlatformId channel,
        @Schema(description = "Send leaders a reassurance prompt before the check-in (default true; must be false or absent for audience leaders)", example = "true") Boolean leaderPromptEnabled,
        @Schema(description = "First date a cycle may fall on (default today)", example = "2026-03-02") LocalDate startsOn,
        @Schema(description = "On update: the version you read", example = "0") Long version,
        @Schema(description = "members (default): the team's members. leaders: everyone who leads a team under teamId (the whole organisation without teamId), resolved when each cycle opens and reported only as an aggregate of at least k leaders", example = "members") Audience audience) {
}
