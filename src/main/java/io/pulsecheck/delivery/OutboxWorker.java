package io.pulsecheck.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.pulsecheck.delivery.adapters.SendOutcome;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Sends due outbox messages: claims a batch, sends it through the adapters in parallel, records the batch's attempts
 * in one transaction, and repeats until nothing is due or the drain time is up, claiming the next batch and recording
 * the previous one while a batch is being sent. Safe to run on many threads and replicas at once.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);
    private static final Duration MAX_SLOT_WAIT = Duration.ofSeconds(1);

    @Inject
    DeliveryConfig config;

    @Inject
    OutboxClaims claims;

    @Inject
    DeliveryAdapters adapters;

    @Inject
    AttemptRecorder recorder;

    @Inject
    Clock clock;

    private ExecutorService senders;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger batchesInFlight = new AtomicInteger();

    @PostConstruct
    void start() {
        AtomicInteger number = new AtomicInteger();
        senders = Executors.newFixedThreadPool(Math.max(1, config.worker().parallelism()), runnable -> {
            Thread thread = new Thread(runnable, "delivery-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * On SIGTERM: claim nothing more, and let the batch in flight finish and be recorded while the database is still
     * there; otherwise its sends are lost from the record and go out again when the lease ends.
     */
    void drainOnShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stopping.set(true);
        long deadline = System.nanoTime() + config.requestTimeout().plusSeconds(2).toNanos();
        synchronized (batchesInFlight) {
            while (batchesInFlight.get() > 0 && System.nanoTime() < deadline) {
                batchesInFlight.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    /**
     * Sends everything due now as a pipeline: while one batch's sends are on the wire, the next batch is claimed and
     * the one before is recorded, so neither transaction waits for the network nor the network for them (a batch a
     * rate key held messages of back is recorded before the next claim, as without the pipeline). Claims grow
     * (doubling up to {@code unlimited-batch-size}) while they come back full and no rate key held anything back,
     * and fall back to {@code batch-size} as soon as one does. Returns how many attempts were made; every one of them
     * is recorded when this returns.
     */
    public int deliverDue() {
        long deadline = System.nanoTime() + config.worker().maxDrain().toNanos();
        int attempts = 0;
        int claimSize = config.worker().batchSize();
        InFlight previous = null;
        batchesInFlight.incrementAndGet();
        try {
            while (!stopping.get() && System.nanoTime() < deadline) {
                OutboxClaims.Claim claim = claims.claim(claimSize);
                InFlight current = claim.messages().isEmpty() ? null : send(claim.messages());
                boolean recordedPrevious = previous != null;
                if (recordedPrevious) {
                    previous.record();
                }
                previous = current;
                if (current != null && claim.heldBack()) {
                    // A paced key: its batch is recorded before the next claim, which then knows any Retry-After.
                    current.record();
                    previous = null;
                }
                if (current == null) {
                    if (recordedPrevious) {
                        // This claim ran while the previous batch was in flight: what waited for it (a person's next
                        // message, sent in queue order) is due only now, so claim once more before stopping.
                        continue;
                    }
                    if (!awaitRateLimitedSlot(deadline)) {
                        break;
                    }
                    continue;
                }
                attempts += claim.messages().size();
                claimSize = nextClaimSize(claimSize, claim);
            }
        } finally {
            try {
                if (previous != null) {
                    previous.record();
                }
            } finally {
                finished();
            }
        }
        return attempts;
    }

    /** Doubles a full claim that nothing held back, up to the unlimited batch size; otherwise the base batch size. */
    int nextClaimSize(int claimed, OutboxClaims.Claim claim) {
        int base = config.worker().batchSize();
        if (claim.heldBack() || claim.messages().size() < claimed) {
            return base;
        }
        return Math.max(base, Math.min(claimed * 2, config.worker().unlimitedBatchSize()));
    }

    /**
     * When due messages are held back only by their rate key, waits for the key's next free slot instead of leaving
     * them to the next tick: otherwise a limited key sends one burst per tick and reaches half its rate (2 s tick).
     * Returns false when there is nothing to wait for, the slot is more than a second away or past the drain deadline,
     * or the clock does not move (tests with a fixed clock).
     */
    private boolean awaitRateLimitedSlot(long deadline) {
        Instant now = clock.instant();
        Optional<Instant> slot = claims.nextRateLimitedSlot(now);
        if (slot.isEmpty()) {
            return false;
        }
        long waitNanos = Math.max(1_000_000L, Duration.between(now, slot.get()).toNanos());
        // Longer pauses (a platform's Retry-After) are left to the next tick rather than holding this one.
        if (waitNanos > MAX_SLOT_WAIT.toNanos() || System.nanoTime() + waitNanos >= deadline) {
            return false;
        }
        try {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return clock.instant().isAfter(now);
    }

    /** Claims, sends and records one batch. Returns how many attempts were made. */
    public int deliverBatch() {
        if (stopping.get()) {
            return 0;
        }
        batchesInFlight.incrementAndGet();
        try {
            List<ClaimedMessage> batch = claims.claim(config.worker().batchSize()).messages();
            if (!batch.isEmpty()) {
                send(batch).record();
            }
            return batch.size();
        } finally {
            finished();
        }
    }

    /** A delivery run ends; shutdown waits for every run that claimed to record what it sent. */
    private void finished() {
        synchronized (batchesInFlight) {
            batchesInFlight.decrementAndGet();
            batchesInFlight.notifyAll();
        }
    }

    /** Starts sending a claimed batch on the sender threads. */
    private InFlight send(List<ClaimedMessage> batch) {
        List<Future<AttemptRecorder.Attempt>> running = new ArrayList<>(batch.size());
        try {
            for (ClaimedMessage message : batch) {
                running.add(senders.submit(() -> sendOne(message)));
            }
        } catch (RuntimeException e) {
            // Rejected after shutdown: what was not submitted stays leased and goes out again when the lease ends.
            LOG.errorf("Sending a batch stopped (%s)", e.getClass().getName());
        }
        return new InFlight(running);
    }

    /** A batch whose sends are running; {@link #record} waits for them and records the batch's attempts. */
    private final class InFlight {
        private final List<Future<AttemptRecorder.Attempt>> running;

        InFlight(List<Future<AttemptRecorder.Attempt>> running) {
            this.running = running;
        }

        void record() {
            List<AttemptRecorder.Attempt> attempts = new ArrayList<>(running.size());
            for (Future<AttemptRecorder.Attempt> future : running) {
                try {
                    attempts.add(future.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (ExecutionException e) {
                    // The lease returns the message to the queue; only the type is logged, messages may quote content.
                    LOG.errorf("A delivery attempt failed unrecorded (%s)", e.getCause().getClass().getName());
                }
            }
            OutboxWorker.this.record(attempts);
        }
    }

    /**
     * One commit for the whole batch. Should it fail (one row's update refused, a lost connection), each attempt is
     * recorded on its own so that one bad row does not send the whole batch again when the lease ends.
     */
    private void record(List<AttemptRecorder.Attempt> attempts) {
        try {
            recorder.recordAll(attempts);
        } catch (RuntimeException batchFailure) {
            LOG.warnf("Recording a batch of %d attempts failed (%s); recording them one by one", attempts.size(),
                    batchFailure.getClass().getName());
            for (AttemptRecorder.Attempt attempt : attempts) {
                try {
                    recorder.record(attempt);
                } catch (RuntimeException e) {
                    // The lease returns the message to the queue; only the type is logged, messages may quote content.
                    LOG.errorf("Recording a delivery attempt failed (%s)", e.getClass().getName());
                }
            }
        }
    }

    private AttemptRecorder.Attempt sendOne(ClaimedMessage message) {
        long started = System.nanoTime();
        SendOutcome outcome;
        try {
            outcome = adapters.send(message.destination(), message.payloadJson());
        } catch (RuntimeException e) {
            outcome = SendOutcome.retry(null, "adapter failure (" + e.getClass().getSimpleName() + ")", null);
        }
        return new AttemptRecorder.Attempt(message, outcome, Duration.ofNanos(System.nanoTime() - started));
    }
}
