package io.pulsecheck.responses;

import java.util.List;
import java.util.UUID;

/**
 * Fired synchronously inside the transaction that writes a batch of comments as readable rows, naming the comments
 * whose writers asked for replies: the replies package stores each one's thread in that same transaction, which
 * touches no identity-bearing row. The order of {@code comments} is the shuffled order of the batch.
 *
 * @param cycleId the cycle the comments belong to
 * @param comments the comments that invite replies, with the digest of each writer's reply token
 */
public record RepliesWanted(UUID cycleId, List<Comment> comments) {

    /** A comment that invites replies and the SHA-256 digest of its reply token. */
    public record Comment(UUID commentId, byte[] tokenDigest) {
    }
}
