package io.pulsecheck.conversation;

import java.util.UUID;

import io.pulsecheck.questions.Question;
import io.pulsecheck.responses.SealingService;

/** What a conversation shows next, independent of the platform that renders it. */
public sealed interface Step {

    /** Ask a question; {@code retry} when the previous text was not an answer to it. */
    record Ask(UUID cycleId, Question question, int number, int total, boolean retry) implements Step {
    }

    /** All questions are through: offer the optional comment and the submit. */
    record AskComment(UUID cycleId) implements Step {
    }

    /** The submission is sealed, or was refused because the person answered already. */
    record Done(UUID cycleId, SealingService.Outcome outcome) implements Step {
    }

    /** The person has no open check-in to answer. */
    record NothingOpen() implements Step {
    }
}
