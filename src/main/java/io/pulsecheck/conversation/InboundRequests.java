package io.pulsecheck.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;

/**
 * Remembers handled inbound requests by a hash of their event id, signature or trigger id, in the transaction that
 * handles them: a request whose handling fails leaves no trace and may be retried; one that succeeded is never
 * handled twice, on any replica.
 */
@ApplicationScoped
public class InboundRequests {

    @Inject
    Clock clock;

    /** Records the key; false when it was recorded before (a replay or a platform retry). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String source, String key) {
        return InboundRequestRow.getEntityManager().createNativeQuery("""
                insert into inbound_request (source, key_hash, received_at) values (:source, :key, :now)
                on conflict do nothing
                """)
                .setParameter("source", source)
                .setParameter("key", sha256(key))
                .setParameter("now", clock.instant())
                .executeUpdate() == 1;
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
