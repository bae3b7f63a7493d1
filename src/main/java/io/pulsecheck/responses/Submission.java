package io.pulsecheck.responses;

import java.util.List;
import java.util.UUID;

/**
 * A whole pulse as one person submits it, before it is sealed.
 *
 * @param cycleId the cycle answered
 * @param personId who answers; used only for the receipt and to delete their conversation state
 * @param answers the raw answers; questions left out are skipped
 * @param comment optional end-of-pulse comment; null or blank means none
 * @param replyDigest the digest of the reply token the writer was given when they asked for replies to their comment,
 *        sealed with the comment and stored beside it once released; null when they did not ask
 */
public record Submission(UUID cycleId, UUID personId, List<RawAnswer> answers, String comment, byte[] replyDigest) {

    /** A submission whose writer did not ask for replies. */
    public Submission(UUID cycleId, UUID personId, List<RawAnswer> answers, String comment) {
        this(cycleId, personId, answers, comment, null);
    }

    /**
     * @param questionId the question
     * @param raw the value as the platform sent it
     * @param field where the value sits in the platform's request, for error messages
     */
    public record RawAnswer(UUID questionId, String raw, String field) {
    }
}
