package io.pulsecheck.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The calendar is pure, so it is tested without starting the application. */
class ScheduleCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private final HolidayRegions holidays = new HolidayRegions();
    private final ScheduleCalendar calendar = new ScheduleCalendar(holidays);

    private static ScheduleRules weekly(DayOfWeek day, String region) {
        return new ScheduleRules(Cadence.weekly, null, day, NINE, BERLIN, true, region, LocalDate.of(2026, 1, 1));
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void weeklyCyclesFallOnTheWeekday() {
        assertEquals(List.of(date(3, 2), date(3, 9), date(3, 16), date(3, 23), date(3, 30)),
                calendar.cycleDates(weekly(DayOfWeek.MONDAY, null), date(3, 1), date(3, 31)));
    }

    @Test
    void noCycleBeforeTheScheduleStarts() {
        ScheduleRules rules = new ScheduleRules(Cadence.weekly, null, DayOfWeek.MONDAY, NINE, BERLIN, true, null,
                date(3, 10));
        assertEquals(List.of(date(3, 16), date(3, 23)), calendar.cycleDates(rules, date(3, 1), date(3, 24)));
    }

    @Test
    void easterMondayMovesToTuesdayInGermany() {
        assertEquals(List.of(date(3, 30), date(4, 7), date(4, 13)),
                calendar.cycleDates(weekly(DayOfWeek.MONDAY, "DE-BY"), date(3, 30), date(4, 13)));
    }

    @Test
    void regionalHolidayOnlyCountsInItsRegion() {
        // Corpus Christi (4 June 2026) is a holiday in Bavaria but not in Berlin.
        assertEquals(List.of(date(6, 5)), calendar.cycleDates(weekly(DayOfWeek.THURSDAY, "DE-BY"), date(6, 1), date(6, 7)));
        assertEquals(List.of(date(6, 4)), calendar.cycleDates(weekly(DayOfWeek.THURSDAY, "DE-BE"), date(6, 1), date(6, 7)));
    }

    @Test
    void weekendCycleMovesToMondayWhenSkippingWeekends() {
        assertEquals(List.of(date(3, 9)), calendar.cycleDates(weekly(DayOfWeek.SATURDAY, null), date(3, 9), date(3, 13)));
    }

    @Test
    void weekendCycleStaysWhenWeekendsAreNotSkipped() {
        ScheduleRules rules = new ScheduleRules(Cadence.weekly, null, DayOfWeek.SATURDAY, NINE, BERLIN, false, null,
                date(1, 1));
        assertEquals(List.of(date(3, 7)), calendar.cycleDates(rules, date(3, 2), date(3, 8)));
    }

    @Test
    void biweeklyCountsFromTheFirstWeekdayOnOrAfterStart() {
        // 1 January 2026 is a Thursday: the rhythm starts on Monday 5 January.
        ScheduleRules rules = new ScheduleRules(Cadence.biweekly, null, DayOfWeek.MONDAY, NINE, BERLIN, true, null,
                date(1, 1));
        assertEquals(List.of(date(2, 2), date(2, 16), date(3, 2)), calendar.cycleDates(rules, date(2, 1), date(3, 8)));
    }

    @Test
    void monthlyTakesTheFirstWeekdayOfEachMonth() {
        ScheduleRules rules = new ScheduleRules(Cadence.monthly, null, DayOfWeek.MONDAY, NINE, BERLIN, true, "DE",
                date(1, 1));
        // The first Monday of April 2026 is Easter Monday.
        assertEquals(List.of(date(1, 5), date(2, 2), date(3, 2), date(4, 7)),
                calendar.cycleDates(rules, date(1, 1), date(4, 30)));
    }

    @Test
    void cronPicksTheDays() {
        ScheduleRules rules = new ScheduleRules(Cadence.cron, "0 0 9 ? * MON,THU", null, NINE, BERLIN, true, null,
                date(1, 1));
        assertEquals(List.of(date(3, 2), date(3, 5)), calendar.cycleDates(rules, date(3, 1), date(3, 8)));
    }

    @Test
    void datesMovingOntoTheSameDayBecomeOneCycle() {
        ScheduleRules daily = new ScheduleRules(Cadence.cron, "0 0 9 * * ?", null, NINE, BERLIN, true, null,
                date(1, 1));
        assertEquals(List.of(date(3, 6), date(3, 9)), calendar.cycleDates(daily, date(3, 6), date(3, 9)));
    }

    @Test
    void nextCycleDateSkipsHolidays() {
        assertEquals(date(4, 7), calendar.nextCycleDate(weekly(DayOfWeek.MONDAY, "DE-BY"), date(3, 31)).orElseThrow());
        assertTrue(calendar.isCycleDate(weekly(DayOfWeek.MONDAY, "DE-BY"), date(4, 7)));
        assertFalse(calendar.isCycleDate(weekly(DayOfWeek.MONDAY, "DE-BY"), date(4, 6)));
    }

    @Test
    void nineOClockStaysNineAcrossTheSpringChange() {
        ScheduleRules rules = weekly(DayOfWeek.MONDAY, null);
        // Berlin moves to summer time on 29 March 2026.
        assertEquals(Instant.parse("2026-03-23T08:00:00Z"), calendar.sendInstant(rules, date(3, 23), BERLIN));
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), calendar.sendInstant(rules, date(3, 30), BERLIN));
    }

    @Test
    void nineOClockStaysNineAcrossTheAutumnChange() {
        ScheduleRules rules = weekly(DayOfWeek.MONDAY, null);
        // Berlin returns to standard time on 25 October 2026.
        assertEquals(Instant.parse("2026-10-19T07:00:00Z"), calendar.sendInstant(rules, date(10, 19), BERLIN));
        assertEquals(Instant.parse("2026-10-26T08:00:00Z"), calendar.sendInstant(rules, date(10, 26), BERLIN));
    }

    @Test
    void memberTimeZoneWinsOverTheSchedules() {
        ScheduleRules rules = weekly(DayOfWeek.MONDAY, null);
        assertEquals(Instant.parse("2026-03-23T13:00:00Z"),
                calendar.sendInstant(rules, date(3, 23), ZoneId.of("America/New_York")));
        assertEquals(Instant.parse("2026-03-23T08:00:00Z"), calendar.sendInstant(rules, date(3, 23), null));
    }

    @Test
    void localTimeInsideTheDaylightSavingGapMovesForward() {
        ScheduleRules rules = new ScheduleRules(Cadence.weekly, null, DayOfWeek.SUNDAY, LocalTime.of(2, 30), BERLIN,
                false, null, date(1, 1));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), calendar.sendInstant(rules, date(3, 29), BERLIN));
    }

    @Test
    void knowsHolidayRegions() {
        assertTrue(holidays.isKnown("DE"));
        assertTrue(holidays.isKnown("DE-BY"));
        assertTrue(holidays.isKnown("de-by"));
        assertFalse(holidays.isKnown("DE-XX"));
        assertFalse(holidays.isKnown("XX"));
        assertFalse(holidays.isKnown(""));
        assertEquals("Easter Monday", holidays.holidayName("DE-BY", date(4, 6)).orElseThrow());
    }

    @Test
    void validatesCronExpressions() {
        assertTrue(ScheduleCalendar.isValidCron("0 0 9 ? * MON"));
        assertFalse(ScheduleCalendar.isValidCron("every monday"));
        assertFalse(ScheduleCalendar.isValidCron("0 0 25 ? * MON"));
        assertFalse(ScheduleCalendar.isValidCron(null));
    }
}
