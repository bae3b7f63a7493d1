package io.pulsecheck.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.pulsecheck.questions.Question;

/**
 * What a member's check-in prompt (or its reminder) says, before any platform renders it.
 *
 * @param reminder whether this is the one reminder to a member who has not answered
 * @param questions the cycle's questions in order
 * @param leaderActions what the team's leaders did since the last check-in ("you said, we did"); empty for none
 */
public record PromptContent(boolean reminder, UUID cycleId, LocalDate cycleDate, String teamName,
        ChatRecipient recipient, List<Question> questions, List<AnnouncedAction> leaderActions) {

    public PromptContent {
        leaderActions = leaderActions == null ? List.of() : List.copyOf(leaderActions);
    }

    /** Idempotency key of the outbox message; never parsed. */
    public String dedupKey() {
        return (reminder ? "reminder:" : "prompt:") + cycleId + ":" + recipient.personId();
    }
}
