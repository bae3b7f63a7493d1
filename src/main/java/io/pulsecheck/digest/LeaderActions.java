package io.pulsecheck.digest;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Leaders' recorded actions and the "you said, we did" hand-over to the next check-in: the prompt builder asks for
 * the actions still to announce, shows them, and marks them announced in the same transaction that opens the cycle.
 */
@ApplicationScoped
public class LeaderActions {

    /** Actions of the team not yet told to it, oldest first. */
    public List<LeaderAction> toAnnounce(UUID teamId) {
        return LeaderAction.list("teamId = ?1 and announcedCycleId is null order by createdAt, id", teamId);
    }

    /** Records that the cycle's check-in told the team about these actions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int markAnnounced(UUID teamId, UUID cycleId, Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return 0;
        }
        return LeaderAction.update("announcedCycleId = ?1 where teamId = ?2 and id in ?3 and announcedCycleId is null",
                cycleId, teamId, actionIds);
    }
}
