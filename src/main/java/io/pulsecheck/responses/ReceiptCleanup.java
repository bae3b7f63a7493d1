package io.pulsecheck.responses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.pulsecheck.schedule.CycleReleased;

/**
 * Deletes a released cycle's receipts. They only serve reminders and the refusal of a second submission, both over
 * once the cycle closed; after release nothing records who answered it.
 */
@ApplicationScoped
public class ReceiptCleanup {

    private static final Logger LOG = Logger.getLogger(ReceiptCleanup.class);

    void onCycleReleased(@Observes CycleReleased released) {
        long receipts = Receipt.delete("id.cycleId", released.cycleId());
        LOG.debugf("Released cycle %s: %d receipts removed", released.cycleId(), receipts);
    }
}
