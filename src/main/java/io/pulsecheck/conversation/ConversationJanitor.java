package io.pulsecheck.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.pulsecheck.schedule.CycleCloser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Cleans up after cycles close: deletes identity-linked conversation state of closed cycles (or cycles past their
 * closing time), finishes closed cycles whose release or person trail removal did not happen yet (after a crash, or
 * acknowledgements that were still being delivered; see {@link CycleCloser}), and deletes handled-request keys whose
 * retention bucket has passed.
 */
@ApplicationScoped
public class ConversationJanitor {

    /** Closed cycles finished per run at most; the next run continues. */
    static final int MIX_BATCH = 50;

    private static final Logger LOG = Logger.getLogger(ConversationJanitor.class);

    @Inject
    Clock clock;

    @Inject
    ConversationConfig config;

    @Inject
    CycleCloser closer;

    /** Result of one purge; {@code cyclesMixed} counts the closed cycles finished. */
    public record Purged(int conversations, int requestKeys, int cyclesMixed) {
    }

    private record Deleted(int conversations, int requestKeys) {
    }

    @Scheduled(every = "${pulsecheck.conversation.janitor-every:5m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    /** Runs one cleanup; each closed cycle it finishes gets its own transactions. */
    public Purged purge() {
        Instant now = clock.instant();
        Deleted deleted = QuarkusTransaction.requiringNew().call(() -> new Deleted(deleteConversations(now),
                InboundRequests.purge(now, config.dedupRetention())));
        int conversations = deleted.conversations();
        int keys = deleted.requestKeys();
        @SuppressWarnings("unchecked")
        List<UUID> unfinished = QuarkusTransaction.requiringNew().call(() -> Conversation.getEntityManager()
                .createNativeQuery("""
                        select y.id from cycle y
                        where y.status = 'closed'
                          and (not exists (select 1 from closed_cycle_mixed m where m.cycle_id = y.id)
                               or exists (select 1 from receipt r where r.cycle_id = y.id)
                               or exists (select 1 from outbox_message o where o.cycle_id = y.id
                                          and o.person_id is not null
                                          and (o.status <> 'pending'
                                               or o.kind in ('prompt', 'reminder', 'leader_prompt'))))
                        order by y.closes_at limit :batch""", UUID.class)
                .setParameter("batch", MIX_BATCH)
                .getResultList());
        for (UUID cycleId : unfinished) {
            try {
                closer.finish(cycleId);
            } catch (RuntimeException e) {
                // One cycle that cannot be finished (e.g. a ciphertext under a sealing key no longer configured)
                // must not hold up the others; it stays unreleased and is retried on the next run.
                LOG.warnf("Could not finish closed cycle %s: %s", cycleId, e.getClass().getSimpleName());
            }
        }
        int mixed = unfinished.size();
        if (conversations > 0 || keys > 0 || mixed > 0) {
            LOG.debugf("Purged %d conversations of closed cycles and %d request keys, finished %d closed cycles",
                    conversations, keys, mixed);
        }
        return new Purged(conversations, keys, mixed);
    }

    private static int deleteConversations(Instant now) {
        return Conversation.getEntityManager().createNativeQuery("""
                delete from conversation c using cycle y
                where c.cycle_id = y.id and (y.status = 'closed' or y.closes_at <= :now)
                """)
                .setParameter("now", now)
                .executeUpdate();
    }
}
