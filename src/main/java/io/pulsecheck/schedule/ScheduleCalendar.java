package io.pulsecheck.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/**
 * When a schedule's cycles fall and when each member is prompted. Pure: the answers depend only on the rules and
 * the dates passed in (and on the public-holiday calendar), never on the current time.
 *
 * <p>How cycle dates are found:
 * <ul>
 * <li>{@code weekly}: every {@code weekday}, from the first one on or after {@code startsOn};</li>
 * <li>{@code biweekly}: every second {@code weekday}, counted from the first one on or after {@code startsOn};</li>
 * <li>{@code monthly}: the first {@code weekday} of each month, from {@code startsOn} on;</li>
 * <li>{@code cron}: every day on which the Quartz cron expression fires, evaluated in the schedule's time zone; its
 * time fields only decide the day, the send time is always {@code localTime}.</li>
 * </ul>
 * A date that falls on a weekend (when {@code skipWeekends}) or on a public holiday of {@code holidayRegion} moves to
 * the next working day. Two dates that move onto the same day become one cycle.
 *
 * <p>A member is prompted on the cycle date at {@code localTime} in their own time zone, so 09:00 stays 09:00 local
 * time across daylight-saving changes.
 */
@ApplicationScoped
public class ScheduleCalendar {

    /** Enough to find a date that moved into a range from before it, past the longest run of non-working days. */
    private static final int LOOK_BACK_DAYS = 31;
    private static final int MAX_NON_WORKING_RUN = 366;
    private static final CronParser CRON_PARSER =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private final HolidayRegions holidays;

    @Inject
    public ScheduleCalendar(HolidayRegions holidays) {
        this.holidays = holidays;
    }

    /**
     * The cycle dates (dates in the schedule's time zone, already moved to working days) between {@code from} and
     * {@code to}, both inclusive, in ascending order.
     */
    public List<LocalDate> cycleDates(ScheduleRules rules, LocalDate from, LocalDate to) {
        return plannedCycles(rules, from, to).stream().map(PlannedCycle::date).toList();
    }

    /**
     * Like {@link #cycleDates}, with the date each cycle was due on before it moved to a working day.
     */
    public List<PlannedCycle> plannedCycles(ScheduleRules rules, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        LocalDate lookFrom = from.minusDays(LOOK_BACK_DAYS);
        if (lookFrom.isBefore(rules.startsOn())) {
            lookFrom = rules.startsOn();
        }
        TreeMap<LocalDate, PlannedCycle> cycles = new TreeMap<>();
        for (LocalDate nominal : nominalDates(rules, lookFrom, to)) {
            LocalDate effective = nextWorkingDay(rules, nominal);
            if (!effective.isBefore(from) && !effective.isAfter(to)) {
                // Nominal dates come in ascending order, so the earliest one that moved here is kept.
                cycles.putIfAbsent(effective, new PlannedCycle(effective, nominal));
            }
        }
        return new ArrayList<>(cycles.values());
    }

    /**
     * A cycle's date and the date it was due on by its cadence.
     *
     * @param date the cycle date, a working day
     * @param dueDate the cadence's date; before {@code date} when a weekend or holiday moved the cycle
     */
    public record PlannedCycle(LocalDate date, LocalDate dueDate) {

        public boolean moved() {
            return !date.equals(dueDate);
        }
    }

    /** The first cycle date on or after {@code date}, looking at most a year ahead. */
    public Optional<LocalDate> nextCycleDate(ScheduleRules rules, LocalDate date) {
        return cycleDates(rules, date, date.plusYears(1)).stream().findFirst();
    }

    /** Whether a cycle falls on this date. */
    public boolean isCycleDate(ScheduleRules rules, LocalDate date) {
        return !cycleDates(rules, date, date).isEmpty();
    }

    /**
     * When a member is prompted for the cycle on {@code cycleDate}: that date at the schedule's local time in the
     * member's own zone (the schedule's zone when the member has none). A local time that does not exist on that
     * day (inside a daylight-saving gap) moves forward by the length of the gap.
     */
    public Instant sendInstant(ScheduleRules rules, LocalDate cycleDate, ZoneId memberZone) {
        ZoneId zone = memberZone != null ? memberZone : rules.timeZone();
        return ZonedDateTime.of(cycleDate, rules.localTime(), zone).toInstant();
    }

    /** Whether a cycle may fall on this date: not a skipped weekend day and not a public holiday of the region. */
    public boolean isWorkingDay(ScheduleRules rules, LocalDate date) {
        if (rules.skipWeekends() && isWeekend(date)) {
            return false;
        }
        return rules.holidayRegion() == null || !holidays.isHoliday(rules.holidayRegion(), date);
    }

    /** The date itself when it is a working day, else the next one. */
    public LocalDate nextWorkingDay(ScheduleRules rules, LocalDate date) {
        LocalDate candidate = date;
        for (int i = 0; i < MAX_NON_WORKING_RUN; i++) {
            if (isWorkingDay(rules, candidate)) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        throw new IllegalStateException("No working day within a year after " + date);
    }

    /** Whether the text is a valid Quartz cron expression (six or seven fields, e.g. {@code 0 0 9 ? * MON}). */
    public static boolean isValidCron(String expression) {
        if (expression == null || expression.isBlank()) {
            return false;
        }
        try {
            CRON_PARSER.parse(expression.trim()).validate();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private List<LocalDate> nominalDates(ScheduleRules rules, LocalDate from, LocalDate to) {
        return switch (rules.cadence()) {
            case weekly -> everyNWeeks(rules, from, to, 1);
            case biweekly -> everyNWeeks(rules, from, to, 2);
            case monthly -> firstWeekdayOfEachMonth(rules, from, to);
            case cron -> cronDays(rules, from, to);
        };
    }

    private static List<LocalDate> everyNWeeks(ScheduleRules rules, LocalDate from, LocalDate to, int weeks) {
        LocalDate anchor = rules.startsOn().with(TemporalAdjusters.nextOrSame(rules.weekday()));
        long step = 7L * weeks;
        LocalDate date = anchor;
        if (anchor.isBefore(from)) {
            long periods = (ChronoUnit.DAYS.between(anchor, from) + step - 1) / step;
            date = anchor.plusDays(periods * step);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (; !date.isAfter(to); date = date.plusDays(step)) {
            dates.add(date);
        }
        return dates;
    }

    private static List<LocalDate> firstWeekdayOfEachMonth(ScheduleRules rules, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate date = month.atDay(1).with(TemporalAdjusters.firstInMonth(rules.weekday()));
            if (!date.isBefore(from) && !date.isAfter(to) && !date.isBefore(rules.startsOn())) {
                dates.add(date);
            }
        }
        return dates;
    }

    private static List<LocalDate> cronDays(ScheduleRules rules, LocalDate from, LocalDate to) {
        ExecutionTime execution = ExecutionTime.forCron(CRON_PARSER.parse(rules.cron().trim()));
        ZoneId zone = rules.timeZone();
        List<LocalDate> dates = new ArrayList<>();
        ZonedDateTime cursor = from.atStartOfDay(zone).minusSeconds(1);
        while (true) {
            Optional<ZonedDateTime> next = execution.nextExecution(cursor);
            if (next.isEmpty()) {
                break;
            }
            LocalDate day = next.get().withZoneSameInstant(zone).toLocalDate();
            if (day.isAfter(to)) {
                break;
            }
            dates.add(day);
            // One cycle per day however often the expression fires within it.
            cursor = day.plusDays(1).atStartOfDay(zone).minusSeconds(1);
        }
        return dates;
    }
}
