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
 * @param checkinLink the person's web check-in link when the message carries a link instead of the questions
 *        ({@link Reach#LINK}); null for an interactive prompt
 */
public record PromptContent(boolean reminder, UUID cycleId, LocalDate cycleDate, String teamName,
        ChatRecipient recipient, List<Question> questions, List<AnnouncedAction> leaderActions, String checkinLink) {

    public PromptContent {
        leaderActions = leaderActions == null ? List.of() : List.copyOf(leaderActions);
    }

    /** An interactive prompt: the questions travel in the message. */
    public PromptContent(boolean reminder, UUID cycleId, LocalDate cycleDate, String teamName, ChatRecipient recipient,
            List<Question> questions, List<AnnouncedAction> leaderActions) {
        this(reminder, cycleId, cycleDate, teamName, recipient, questions, leaderActions, null);
    }

    /** The same prompt as a plain message with the web check-in link, addressed to {@code to}. */
    public PromptContent withLink(ChatRecipient to, String link) {
        return new PromptContent(reminder, cycleId, cycleDate, teamName, to, questions, leaderActions, link);
    }

    /** Whether the message carries the web check-in link rather than the questions. */
    public boolean linkOnly() {
        return checkinLink != null;
    }

    /** Idempotency key of the outbox message; never parsed. */
    public String dedupKey() {
        return (reminder ? "reminder:" : "prompt:") + cycleId + ":" + recipient.personId();
    }
}
