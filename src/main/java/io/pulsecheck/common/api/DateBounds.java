package io.pulsecheck.common.api;

import java.time.LocalDate;

/**
 * The dates a query parameter may name. Java parses years up to +/-999,999,999; the database, the holiday calendar and
 * people do not need them, and outside these bounds they would fail deep inside a query instead of as a 400.
 */
public final class DateBounds {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    public static final String REASON = "must be between " + EARLIEST + " and " + LATEST;

    private DateBounds() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
