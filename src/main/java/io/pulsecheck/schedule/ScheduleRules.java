package io.pulsecheck.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The timing rules of a schedule, detached from the entity so that {@link ScheduleCalendar} stays a pure function.
 *
 * @param cadence how often a cycle opens
 * @param cron Quartz cron expression (six or seven fields), only for {@link Cadence#cron}: it picks the days; the
 *        time of day always comes from {@code localTime}
 * @param weekday the day of the week for weekly, biweekly and monthly cadences (monthly: its first occurrence in
 *        the month); ignored for cron
 * @param localTime the local send time in each member's own time zone
 * @param timeZone the schedule's zone: it dates the cycles and stands in for members without a zone of their own
 * @param skipWeekends whether a cycle falling on Saturday or Sunday moves to the next working day
 * @param holidayRegion a public-holiday region such as {@code DE} or {@code DE-BY}; null means no holidays are
 *        skipped
 * @param startsOn the first date a cycle may fall on; it also anchors the biweekly rhythm
 */
public record ScheduleRules(Cadence cadence, String cron, DayOfWeek weekday, LocalTime localTime, ZoneId timeZone,
        boolean skipWeekends, String holidayRegion, LocalDate startsOn) {

    public ScheduleRules {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(localTime, "localTime");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(startsOn, "startsOn");
        if (cadence == Cadence.cron && (cron == null || cron.isBlank())) {
            throw new IllegalArgumentException("A cron cadence needs a cron expression");
        }
        if (cadence != Cadence.cron && weekday == null) {
            throw new IllegalArgumentException("A " + cadence + " cadence needs a weekday");
        }
    }

    /** The rules of a stored schedule. */
    public static ScheduleRules of(Schedule schedule) {
        return new ScheduleRules(schedule.cadence, schedule.cron, schedule.weekday, schedule.localTime,
                ZoneId.of(schedule.timeZone), schedule.skipWeekends, schedule.holidayRegion, schedule.startsOn);
    }
}
