package io.pulsecheck.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One checked row of an import.
 *
 * @param at where it came from, for error reports: {@code signals[3]} or {@code line[4]}
 * @param weekStart Monday of its ISO week
 * @param metric built-in key or custom name
 * @param value the week's aggregate
 * @param sampleSize how many surveys, contacts or cases the value was computed from
 * @param unit the built-in metric's unit or the custom one's
 * @param direction which way is good
 */
record SignalInput(String at, LocalDate weekStart, String metric, BigDecimal value, long sampleSize, String unit,
        Direction direction) {

    /** Whether a stored current version says the same: then a re-import changes nothing. */
    boolean sameAs(CustomerSignal stored) {
        return stored.value.compareTo(value) == 0 && stored.sampleSize == sampleSize && stored.unit.equals(unit)
                && stored.direction.equals(direction.wireName());
    }
}
