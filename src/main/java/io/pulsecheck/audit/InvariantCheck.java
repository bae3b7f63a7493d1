package io.pulsecheck.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of one anonymity invariant checked against the live database. Counts and details name tables, columns
 * and numbers, never a person or an answer.
 */
@Schema(name = "InvariantCheck")
public record InvariantCheck(
        @Schema(example = "no-shared-transaction") String name,
        @Schema(description = "What the invariant promises, in one line") String description,
        Outcome outcome,
        @Schema(description = "How many rows or columns break it (0 when it holds or does not apply)") long count,
        @Schema(description = "What was found, without personal data") String detail) {

    /** Whether an invariant holds. */
    public enum Outcome {
        pass, fail, not_applicable
    }

    static InvariantCheck of(String name, String description, long count, String detail) {
        return new InvariantCheck(name, description, count == 0 ? Outcome.pass : Outcome.fail, count, detail);
    }

    static InvariantCheck notApplicable(String name, String description, String detail) {
        return new InvariantCheck(name, description, Outcome.not_applicable, 0, detail);
    }
}
