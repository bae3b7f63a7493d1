package io.pulsecheck.schedule;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A cycle was closed: its status is {@code closed} and its invitations are gone. Fired synchronously inside the
 * closing transaction, which writes identity-bearing rows only; observers delete their own state of the cycle there.
 * Anonymous rows are never written by an observer of this event: releasing the cycle runs afterwards in transactions
 * of its own (see {@link CycleCloser}).
 */
public record CycleClosed(UUID cycleId, UUID teamId, LocalDate cycleDate) {
}
