package io.pulsecheck.delivery;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.pulsecheck.common.error.ApiException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** HR's view of the outbox: deliveries' state and last error (never content or recipient), and retrying dead ones. */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    @Inject
    Clock clock;

    /** Newest first, optionally of one status. */
    public DeliveryPage list(OutboxMessage.Status status, int page, int size) {
        var query = status == null
                ? OutboxMessage.findAll(Sort.descending("createdAt").and("id"))
                : OutboxMessage.find("status", Sort.descending("createdAt").and("id"), status);
        List<DeliveryView> items = query.page(Page.of(page, size)).<OutboxMessage>list().stream()
                .map(DeliveryView::of).toList();
        return new DeliveryPage(items, query.count());
    }

    /** One delivery; 404 when there is none. */
    public DeliveryView get(UUID id) {
        OutboxMessage message = OutboxMessage.findById(id);
        if (message == null) {
            throw ApiException.notFound("Delivery", id);
        }
        return DeliveryView.of(message);
    }

    /** Queues a dead delivery again for an immediate attempt; 404 when there is none, 409 unless it is dead. */
    @Transactional
    public DeliveryView retry(UUID id) {
        OutboxMessage message = OutboxMessage.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw ApiException.notFound("Delivery", id);
        }
        if (message.status != OutboxMessage.Status.dead) {
            throw ApiException.conflict("Only dead deliveries can be retried; this one is " + message.status);
        }
        message.status = OutboxMessage.Status.pending;
        message.nextAttemptAt = clock.instant();
        // A fresh budget of attempts: the dead letter exhausted or skipped the previous one.
        message.attempts = 0;
        LOG.infof("Delivery %s queued again by HR", id);
        return DeliveryView.of(message);
    }
}
