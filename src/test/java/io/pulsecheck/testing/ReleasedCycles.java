package io.pulsecheck.testing;

import java.util.UUID;

import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.schedule.CycleCloser;
import io.pulsecheck.teams.OrgSettings;
import io.pulsecheck.teams.Team;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Releases a cycle to reports the way the closing path does: closes it and mixes its sealed rows, after which its
 * answers may appear. The one place tests release a cycle, so a change to the closing path is followed here.
 */
public final class ReleasedCycles {

    private ReleasedCycles() {
    }

    /**
     * Closes the cycle and runs the closing path's release (write out pending submissions, mix, forget receipts and
     * the person trail); afterwards {@link Cycle#isReleased} holds.
     */
    public static void release(UUID cycleId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Cycle cycle = Cycle.findById(cycleId);
            cycle.status = Cycle.Status.closed;
        });
        Arc.container().instance(CycleCloser.class).get().finish(cycleId);
        if (!QuarkusTransaction.requiringNew().call(() -> Cycle.isReleased(cycleId))) {
            throw new IllegalStateException("Cycle " + cycleId + " is not released after close and mixing");
        }
    }

    /** The k that applies to the team today, as a cycle opening now freezes it. */
    public static int effectiveK(Team team) {
        return team.kThreshold != null ? team.kThreshold : OrgSettings.get().kThreshold;
    }

    /** The comment threshold that applies to the team today. */
    public static int effectiveCommentThreshold(Team team) {
        return team.commentThreshold != null ? team.commentThreshold : OrgSettings.get().commentThreshold;
    }
}
