package io.pulsecheck.audit;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The anonymity invariants checked against the live database.
 *
 * @param passed true when no check failed (checks that do not apply count as holding)
 */
@Schema(name = "AnonymityReport", description = "Pass/fail list of the anonymity invariants, checked against the live database.")
public record AnonymityReport(Instant checkedAt, boolean passed, List<InvariantCheck> checks) {
}
