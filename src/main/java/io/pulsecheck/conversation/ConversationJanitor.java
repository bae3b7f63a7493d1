package io.pulsecheck.conversation;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes identity-linked state that is no longer needed: conversations of cycles that have closed (or passed their
 * closing time) and handled-request keys older than the retention.
 */
@ApplicationScoped
public class ConversationJanitor {

    private static final Logger LOG = Logger.getLogger(ConversationJanitor.class);

    @Inject
    Clock clock;

    @Inject
    ConversationConfig config;

    /** Result of one purge. */
    public record Purged(int conversations, int requestKeys) {
    }

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    @Transactional
    public Purged purge() {
        Instant now = clock.instant();
        int conversations = Conversation.getEntityManager().createNativeQuery("""
                delete from conversation c using cycle y
                where c.cycle_id = y.id and (y.status = 'closed' or y.closes_at <= :now)
                """)
                .setParameter("now", now)
                .executeUpdate();
        int keys = InboundRequestRow.getEntityManager()
                .createNativeQuery("delete from inbound_request where received_at < :cutoff")
                .setParameter("cutoff", now.minus(config.dedupRetention()))
                .executeUpdate();
        if (conversations > 0 || keys > 0) {
            LOG.debugf("Purged %d conversations of closed cycles and %d request keys", conversations, keys);
        }
        return new Purged(conversations, keys);
    }
}
