package io.pulsecheck.schedule;

import java.util.UUID;

/**
 * A closed cycle's anonymous rows are mixed and readable in reports. Fired synchronously in a transaction of its own
 * that writes no anonymous row; observers delete what still names a person for the cycle (receipts, the delivery
 * trail). It may be fired again for the same cycle (the janitor's retry), so observers must tolerate nothing to do.
 */
public record CycleReleased(UUID cycleId) {
}
