package io.pulsecheck.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;

/**
 * Remembers handled inbound requests by a hash of their event id, signature or trigger id, in the transaction that
 * handles them, with no arrival time finer than the retention bucket: a request whose handling fails leaves no trace and may be retried; one that succeeded is never
 * handled twice, on any replica.
 */
@ApplicationScoped
public class InboundRequests {

    @Inject
    Clock clock;

    @Inject
    ConversationConfig config;

    /** Records the key; false when it was recorded before (a replay or a platform retry). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String source, String key) {
        return InboundRequestRow.getEntityManager().createNativeQuery("""
                insert into inbound_request (source, key_hash, received_at) values (:source, :key, :bucketEnd)
                on conflict do nothing
                """)
                .setParameter("source", source)
                .setParameter("key", sha256(key))
                .setParameter("bucketEnd", bucketEnd(clock.instant(), config.dedupRetention()))
                .executeUpdate() == 1;
    }

    /**
     * The end of the retention-long bucket an instant falls in: all a replay record keeps of its arrival. It is kept
     * until a whole retention has passed after that end, so at least the retention after its arrival.
     */
    static Instant bucketEnd(Instant arrival, Duration retention) {
        long bucket = Math.max(1, retention.toSeconds());
        return Instant.ofEpochSecond(Math.floorDiv(arrival.getEpochSecond(), bucket) * bucket + bucket);
    }

    /** Deletes the keys whose retention has passed, in the caller's transaction; returns how many. */
    static int purge(Instant now, Duration retention) {
        return InboundRequestRow.getEntityManager()
                .createNativeQuery("delete from inbound_request where received_at <= :cutoff")
                .setParameter("cutoff", now.minus(retention))
                .executeUpdate();
    }

    /** Records the key, refusing a request seen before with 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseReplay(String source, String key) {
        if (!firstTime(source, key)) {
            throw replay();
        }
    }

    public static ApiException replay() {
        return new ApiException(Problem.of(Status.CONFLICT, "replayed-request", "This request was handled already"));
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
