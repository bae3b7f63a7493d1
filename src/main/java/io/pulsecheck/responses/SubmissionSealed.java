package io.pulsecheck.responses;

import java.util.UUID;

/**
 * A person's submission for a cycle was sealed, or refused as a second one. Fired synchronously inside the sealing
 * transaction. It carries no answer.
 *
 * @param firstSubmission false when the person had answered the cycle already and nothing new was stored
 */
public record SubmissionSealed(UUID cycleId, UUID personId, boolean firstSubmission) {
}
