package io.pulsecheck.schedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Public holidays by region, backed by the Jollyday library. A region is a country code optionally followed by
 * subdivision codes, dash-separated and case-insensitive: {@code DE}, {@code DE-BY}, {@code CH-ZH}, {@code US-NY}.
 */
@ApplicationScoped
public class HolidayRegions {

    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();

    /** Whether Jollyday knows the country and every subdivision of the region. */
    public boolean isKnown(String region) {
        if (region == null || region.isBlank()) {
            return false;
        }
        String[] parts = parts(region);
        // Jollyday lists countries in upper case and names subdivisions in lower case.
        if (!HolidayManager.getSupportedCalendarCodes().contains(parts[0].toUpperCase(Locale.ROOT))) {
            return false;
        }
        CalendarHierarchy level = manager(parts[0]).getCalendarHierarchy();
        for (int i = 1; i < parts.length; i++) {
            level = level.getChildren().get(parts[i]);
            if (level == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether the date is a public holiday in the region; unknown regions have no holidays. */
    public boolean isHoliday(String region, LocalDate date) {
        if (!isKnown(region)) {
            return false;
        }
        String[] parts = parts(region);
        return manager(parts[0]).isHoliday(date, Arrays.copyOfRange(parts, 1, parts.length));
    }

    /** The holiday's English name, if the date is a public holiday in the region. */
    public Optional<String> holidayName(String region, LocalDate date) {
        if (!isKnown(region)) {
            return Optional.empty();
        }
        String[] parts = parts(region);
        return manager(parts[0]).getHolidays(date, date, Arrays.copyOfRange(parts, 1, parts.length)).stream()
                .findFirst()
                .map(holiday -> holiday.getDescription(Locale.ENGLISH));
    }

    private HolidayManager manager(String country) {
        return managers.computeIfAbsent(country, code -> HolidayManager.getInstance(ManagerParameters.create(code)));
    }

    private static String[] parts(String region) {
        return region.trim().toLowerCase(Locale.ROOT).split("-");
    }
}
