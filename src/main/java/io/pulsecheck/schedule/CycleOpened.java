package io.pulsecheck.schedule;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A cycle was opened, its questions fixed and its members invited. Fired synchronously inside the opening
 * transaction, so whatever other features record for the cycle commits or rolls back with it. Only the opener whose
 * insert won fires it, once per cycle.
 *
 * @param teamId the team asked; for a leaders' cycle the cohort its leaders are reported in
 * @param invitedCount members invited; 0 means nobody will be asked in this cycle
 * @param leaders whether the cycle asks leaders ({@link Audience#leaders}) rather than the team's members
 */
public record CycleOpened(UUID cycleId, UUID scheduleId, UUID teamId, UUID questionSetVersionId, LocalDate cycleDate,
        int invitedCount, boolean leaders) {
}
