package io.pulsecheck.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem.FieldError;

/** Parses the query parameters of the audit log into a filter, naming every bad one. */
final class AuditQuery {

    private static final Set<String> TARGET_TYPES = Set.of(AuditTarget.ORGANISATION, AuditTarget.TEAM,
            AuditTarget.ROSTER, AuditTarget.PERSON, AuditTarget.SCHEDULE, AuditTarget.DIGEST_SUBSCRIPTION,
            AuditTarget.QUESTION_SET);

    private AuditQuery() {
    }

    static AuditFilter parse(String from, String to, String targetType, String targetId) {
        List<FieldError> errors = new ArrayList<>();
        Instant start = instant("from", from, false, errors);
        Instant end = instant("to", to, true, errors);
        String type = targetType == null || targetType.isBlank() ? null : targetType.strip();
        if (type != null && !TARGET_TYPES.contains(type)) {
            errors.add(new FieldError("targetType", "must be one of " + TARGET_TYPES.stream().sorted().toList()));
        }
        UUID id = null;
        if (targetId != null && !targetId.isBlank()) {
            try {
                id = UUID.fromString(targetId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("targetId", "must be a UUID"));
            }
        }
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(new FieldError("from", "must be before to"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new AuditFilter(start, end, type, id);
    }

    /** A date (a whole UTC day: from its start, or to its end) or an ISO-8601 instant. */
    private static Instant instant(String field, String value, boolean endOfDay, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date (YYYY-MM-DD) or an instant (2026-01-31T12:00:00Z)"));
            return null;
        }
    }
}
