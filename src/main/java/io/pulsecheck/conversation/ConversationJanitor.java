package io.pulsecheck.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.pulsecheck.responses.ClosedCycleMixer;
import io.quarkus.scheduler.Scheduled;

/**
 * Cleans up after cycles close: deletes identity-linked conversation state of closed cycles (or cycles past their
 * closing time), mixes their sealed rows ({@link ClosedCycleMixer}), and deletes handled-request keys older than
 * the retention.
 */
@ApplicationScoped
public class ConversationJanitor {

    /** Closed cycles mixed per run at most; the next run continues. */
    static final int MIX_BATCH = 50;

    private static final Logger LOG = Logger.getLogger(ConversationJanitor.class);

    @Inject
    Clock clock;

    @Inject
    ConversationConfig config;

    @Inject
    ClosedCycleMixer mixer;

    /** Result of one purge. */
    public record Purged(int conversations, int requestKeys, int cyclesMixed) {
    }

    @Scheduled(every = "${pulsecheck.conversation.janitor-every:5m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
        @SuppressWarnings("unchecked")
        List<UUID> closed = Conversation.getEntityManager().createNativeQuery("""
                select y.id from cycle y
                where (y.status = 'closed' or y.closes_at <= :now)
                  and not exists (select 1 from closed_cycle_mixed m where m.cycle_id = y.id)
                order by y.closes_at limit :batch""", UUID.class)
                .setParameter("now", now)
                .setParameter("batch", MIX_BATCH)
                .getResultList();
        int mixed = 0;
        for (UUID cycleId : closed) {
            mixed += mixer.mix(cycleId) ? 1 : 0;
        }
        if (conversations > 0 || keys > 0 || mixed > 0) {
            LOG.debugf("Purged %d conversations of closed cycles and %d request keys, mixed %d closed cycles",
                    conversations, keys, mixed);
        }
        return new Purged(conversations, keys, mixed);
    }
}
