package io.pulsecheck.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.pulsecheck.delivery.adapters.SendOutcome;

/**
 * Sends due outbox messages: claims a batch, sends it through the adapters in parallel, records every attempt, and
 * repeats until nothing is due or the drain time is up. Safe to run on many threads and replicas at once.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    @Inject
    DeliveryConfig config;

    @Inject
    OutboxClaims claims;

    @Inject
    ChannelAdapters adapters;

    @Inject
    AttemptRecorder recorder;

    private ExecutorService senders;

    @PostConstruct
    void start() {
        AtomicInteger number = new AtomicInteger();
        senders = Executors.newFixedThreadPool(Math.max(1, config.worker().parallelism()), runnable -> {
            Thread thread = new Thread(runnable, "delivery-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    /** Sends everything due now, batch by batch. Returns how many attempts were made. */
    public int deliverDue() {
        long deadline = System.nanoTime() + config.worker().maxDrain().toNanos();
        int attempts = 0;
        while (System.nanoTime() < deadline) {
            int sent = deliverBatch();
            if (sent == 0) {
                break;
            }
            attempts += sent;
        }
        return attempts;
    }

    /** Claims and sends one batch. Returns how many attempts were made. */
    public int deliverBatch() {
        List<ClaimedMessage> batch = claims.claim(config.worker().batchSize());
        List<Future<?>> running = new ArrayList<>(batch.size());
        for (ClaimedMessage message : batch) {
            running.add(senders.submit(() -> sendOne(message)));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                // The lease returns the message to the queue; only the type is logged, messages may quote content.
                LOG.errorf("Recording a delivery attempt failed (%s)", e.getCause().getClass().getName());
            }
        }
        return batch.size();
    }

    private void sendOne(ClaimedMessage message) {
        long started = System.nanoTime();
        SendOutcome outcome;
        try {
            outcome = adapters.send(message.destination(), message.payloadJson());
        } catch (RuntimeException e) {
            outcome = SendOutcome.retry(null, "adapter failure (" + e.getClass().getSimpleName() + ")", null);
        }
        recorder.record(message, outcome, Duration.ofNanos(System.nanoTime() - started));
    }
}
