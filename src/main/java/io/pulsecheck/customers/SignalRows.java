package io.pulsecheck.customers;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pulsecheck.common.api.DateBounds;
import io.pulsecheck.common.error.Problem.FieldError;

/**
 * Checks one import row given as field name to raw text, the same for JSON entries and CSV lines: a week or date, a
 * metric, its value and sample size, and for custom metrics the unit and direction. Every problem is collected.
 */
final class SignalRows {

    /** The fields a row may carry; JSON spells the sample size {@code sampleSize}, CSV {@code sample_size}. */
    static final Set<String> FIELDS = Set.of("week", "date", "metric", "value", "sampleSize", "unit", "direction");

    private static final Pattern ISO_WEEK = Pattern.compile("([0-9]{4})-W([0-9]{2})");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]{1,39}");
    private static final Pattern UNIT = Pattern.compile("[\\p{L}%/ .0-9-]{1,24}");
    private static final BigDecimal MAX_VALUE = new BigDecimal("1000000000");

    private SignalRows() {
    }

    /**
     * The checked row, or null when it has errors (added to {@code errors}).
     *
     * @param at prefix of the error fields, e.g. {@code signals[2]}
     * @param fields field name to raw text (absent or blank: not given)
     * @param latestWeek the latest week start accepted (this week)
     */
    static SignalInput check(String at, Map<String, String> fields, LocalDate latestWeek, List<FieldError> errors) {
        int before = errors.size();
        LocalDate week = week(at, fields.get("week"), fields.get("date"), latestWeek, errors);
        String metric = trimmed(fields.get("metric"));
        BuiltInMetric builtIn = null;
        if (metric == null) {
            errors.add(new FieldError(at + ".metric", "is required: csat, nps, fcr, complaints, aht or a custom name"));
        } else {
            metric = metric.toLowerCase(java.util.Locale.ROOT);
            String identity = IdentityGuard.identityInValue(metric);
            if (identity != null) {
                errors.add(new FieldError(at + ".metric", identity));
                metric = null;
            } else if (!METRIC.matcher(metric).matches()) {
                errors.add(new FieldError(at + ".metric",
                        "must be 2 to 40 characters a-z, 0-9 and _, starting with a letter"));
                metric = null;
            } else {
                builtIn = BuiltInMetric.of(metric);
            }
        }
        String unit = trimmed(fields.get("unit"));
        String unitIdentity = IdentityGuard.identityInValue(unit);
        if (unitIdentity != null) {
            errors.add(new FieldError(at + ".unit", unitIdentity));
            unit = null;
        } else if (unit != null && !UNIT.matcher(unit).matches()) {
            errors.add(new FieldError(at + ".unit", "must be at most 24 letters, digits, spaces or % / . -"));
            unit = null;
        }
        String directionText = trimmed(fields.get("direction"));
        Direction direction = directionText == null ? null : Direction.of(directionText.toLowerCase(java.util.Locale.ROOT));
        if (directionText != null && direction == null) {
            errors.add(new FieldError(at + ".direction", "must be higher_is_better or lower_is_better"));
        }
        if (builtIn != null) {
            if (unit != null && !unit.equals(builtIn.unit)) {
                errors.add(new FieldError(at + ".unit", "must be absent or '" + builtIn.unit + "' for " + builtIn.key));
            }
            if (direction != null && direction != builtIn.direction) {
                errors.add(new FieldError(at + ".direction", "must be absent or " + builtIn.direction + " for "
                        + builtIn.key));
            }
            unit = builtIn.unit;
            direction = builtIn.direction;
        } else if (metric != null) {
            if (unit == null && unitIdentity == null) {
                errors.add(new FieldError(at + ".unit", "is required for the custom metric " + metric));
            }
            if (direction == null && directionText == null) {
                errors.add(new FieldError(at + ".direction", "is required for the custom metric " + metric
                        + ": higher_is_better or lower_is_better"));
            }
        }
        BigDecimal value = number(at + ".value", fields.get("value"), errors);
        if (value != null && builtIn != null
                && (value.doubleValue() < builtIn.min || value.doubleValue() > builtIn.max)) {
            errors.add(new FieldError(at + ".value", builtIn.max == Double.MAX_VALUE
                    ? "must not be negative for " + builtIn.key
                    : "must be between " + format(builtIn.min) + " and " + format(builtIn.max) + " for " + builtIn.key));
        }
        if (value != null && builtIn == BuiltInMetric.COMPLAINTS && value.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(at + ".value", "must be a whole number for complaints"));
        }
        Long sampleSize = sampleSize(at + ".sampleSize", fields.get("sampleSize"), errors);
        if (errors.size() > before) {
            return null;
        }
        return new SignalInput(at, week, metric, value, sampleSize, unit, direction);
    }

    private static LocalDate week(String at, String weekText, String dateText, LocalDate latestWeek,
            List<FieldError> errors) {
        String weekValue = trimmed(weekText);
        String dateValue = trimmed(dateText);
        if (weekValue == null && dateValue == null) {
            errors.add(new FieldError(at + ".week", "a week (2026-W05) or a date (2026-02-02) is required"));
            return null;
        }
        LocalDate fromWeek = null;
        if (weekValue != null) {
            Matcher matcher = ISO_WEEK.matcher(weekValue);
            if (!matcher.matches()) {
                errors.add(new FieldError(at + ".week", "must be an ISO week such as 2026-W05"));
                return null;
            }
            int year = Integer.parseInt(matcher.group(1));
            int number = Integer.parseInt(matcher.group(2));
            LocalDate mid = LocalDate.of(year, 7, 1);
            if (number < 1 || number > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                errors.add(new FieldError(at + ".week", "year " + year + " has no week " + number));
                return null;
            }
            fromWeek = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
        }
        LocalDate fromDate = null;
        if (dateValue != null) {
            try {
                fromDate = LocalDate.parse(dateValue).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(at + ".date", "must be a date in the form YYYY-MM-DD"));
                return null;
            }
        }
        if (fromWeek != null && fromDate != null && !fromWeek.equals(fromDate)) {
            errors.add(new FieldError(at + ".date", "lies in another week than " + weekValue));
            return null;
        }
        LocalDate start = fromWeek != null ? fromWeek : fromDate;
        String field = at + (fromWeek != null ? ".week" : ".date");
        if (!DateBounds.contains(start)) {
            errors.add(new FieldError(field, DateBounds.REASON));
            return null;
        }
        if (start.isAfter(latestWeek)) {
            errors.add(new FieldError(field, "must not be a future week"));
            return null;
        }
        return start;
    }

    private static BigDecimal number(String field, String text, List<FieldError> errors) {
        String value = trimmed(text);
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.abs().compareTo(MAX_VALUE) > 0) {
                errors.add(new FieldError(field, "must be at most 1000000000 in size"));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a number such as 4.21"));
            return null;
        }
    }

    private static Long sampleSize(String field, String text, List<FieldError> errors) {
        String value = trimmed(text);
        if (value == null) {
            errors.add(new FieldError(field, "is required: how many surveys, contacts or cases the value comes from"));
            return null;
        }
        try {
            long size = Long.parseLong(value);
            if (size < 1) {
                errors.add(new FieldError(field, "must be at least 1"));
                return null;
            }
            return size;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
