package io.pulsecheck.responses;

import java.util.List;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a pending {@code sealed_submission} holds once decrypted: one person's whole pulse, validated and scrubbed,
 * with nothing that names them.
 *
 * @param answers scores and choices
 * @param texts free-text answers, scrubbed
 * @param comment the scrubbed closing comment, or null
 * @param replyDigest the digest of the writer's reply token when they asked for replies to their comment, or null
 */
@RegisterForReflection
public record SealedContent(List<Scored> answers, List<Text> texts, String comment, byte[] replyDigest) {

    /** A scale, yes/no or single-choice answer. */
    @RegisterForReflection
    public record Scored(UUID questionId, String dimension, Integer value, String choice) {
    }

    /** A free-text answer. */
    @RegisterForReflection
    public record Text(UUID questionId, String body) {
    }
}
