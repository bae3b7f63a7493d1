package io.pulsecheck.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.pulsecheck.common.api.DateBounds;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;

/**
 * The {@code from}/{@code to} query parameters of a report, inclusive.
 *
 * @param from first cycle date
 * @param to last cycle date
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** UTC+14, the zone whose date changes first: teams anywhere may already have a cycle dated then. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    /**
     * The end of a default window: the date it already is somewhere on Earth, so that a cycle dated today in a team's
     * own time zone (e.g. just after midnight in Berlin, still yesterday in UTC) is inside it.
     */
    public static LocalDate latestToday(Clock clock) {
        return LocalDate.now(clock.withZone(EARLIEST_ZONE));
    }

    /** Parses both parameters (400 naming each bad one); missing ones default to a window ending today. */
    public static DateRange parse(String from, String to, LocalDate today, Period defaultWindow) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (end == null) {
            end = today;
        }
        if (start == null) {
            start = end.minus(defaultWindow).plusDays(1);
        }
        if (start.isAfter(end)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        return new DateRange(start, end);
    }

    private static LocalDate date(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date in the form YYYY-MM-DD"));
            return null;
        }
        if (!DateBounds.contains(date)) {
            errors.add(new Problem.FieldError(field, DateBounds.REASON));
            return null;
        }
        return date;
    }
}
