package io.pulsecheck.testing;

import java.util.UUID;

import io.pulsecheck.responses.PendingSubmissions;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sealed submissions wait as ciphertext until a batch of k (or the cycle's close) writes them out. Tests that read
 * responses, answers or comments right after a submit flush the cycle's pending submissions first, as closing would.
 */
public final class Pending {

    private Pending() {
    }

    /** Writes out every pending submission of the cycle, even fewer than k; returns how many. */
    public static int flush(UUID cycleId) {
        PendingSubmissions pending = Arc.container().instance(PendingSubmissions.class).get();
        return QuarkusTransaction.requiringNew().call(() -> pending.flushCycle(cycleId, true));
    }

    /** Pending (encrypted) submissions of the cycle. */
    public static long count(UUID cycleId) {
        return Rows.count("select count(*) from sealed_submission where cycle_id = ?1", cycleId);
    }
}
