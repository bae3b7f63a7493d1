package io.pulsecheck.schedule;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.OutboxWorker;
import io.quarkus.scheduler.Scheduled;

/**
 * The scheduler tick: closes and opens cycles, queues due prompts and reminders, then sends what the outbox holds.
 * Every step coordinates through the database, so any number of replicas may tick at once.
 */
@ApplicationScoped
public class CheckInTick {

    private static final Logger LOG = Logger.getLogger(CheckInTick.class);

    @Inject
    Clock clock;

    @Inject
    DeliveryConfig config;

    @Inject
    CycleCloser closer;

    @Inject
    CycleOpener opener;

    @Inject
    PromptQueue queue;

    @Inject
    OutboxWorker worker;

    @Scheduled(identity = "pulsecheck-check-in-tick", every = "{pulsecheck.delivery.worker.interval}",
            delayed = "{pulsecheck.delivery.worker.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.worker().enabled()) {
            runOnce();
        }
    }

    /** One tick at the clock's current instant. */
    public void runOnce() {
        runCycles(clock.instant());
        step("delivering", worker::deliverDue);
    }

    /** The cycle steps only, at the given instant; tests call this with a fixed clock. */
    public void runCycles(Instant now) {
        step("closing cycles", () -> closer.closeDue(now));
        step("opening cycles", () -> opener.openDue(now));
        step("queueing prompts", () -> queue.queueDuePrompts(now));
        step("queueing reminders", () -> queue.queueDueReminders(now));
    }

    private static void step(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            // The next tick tries again; only the type is logged, messages may quote data.
            LOG.errorf("Check-in tick failed while %s (%s)", what, e.getClass().getName());
        }
    }
}
