package io.pulsecheck.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What the audit log is searched by; every part is optional.
 *
 * @param from first instant (inclusive)
 * @param toExclusive end instant (exclusive)
 * @param targetType kind of thing changed, e.g. {@code team}
 * @param targetId id of the thing changed
 */
public record AuditFilter(Instant from, Instant toExclusive, String targetType, UUID targetId) {
}
