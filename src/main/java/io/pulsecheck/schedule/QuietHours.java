package io.pulsecheck.schedule;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Moves an instant out of the night in a person's own time zone. */
final class QuietHours {

    private QuietHours() {
    }

    static Instant outside(Instant at, ZoneId zone, LocalTime start, LocalTime end) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean wraps = start.isAfter(end);
        boolean quiet = wraps ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return at;
        }
        ZonedDateTime morning = local.with(end);
        if (!morning.isAfter(local)) {
            morning = local.toLocalDate().plusDays(1).atTime(end).atZone(zone);
        }
        return morning.toInstant();
    }
}
