package io.pulsecheck.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.pulsecheck.questions.Question;

/**
 * A leader's reassurance prompt before their team's check-in: what the team will be asked, a suggestion, and the
 * leader's signed "Open your dashboard" link (null when there is none).
 */
public record LeaderPromptContent(UUID cycleId, LocalDate cycleDate, String teamName, ChatRecipient leader,
        List<Question> questions, WebLink dashboard) {

    /** Idempotency key of the outbox message; never parsed. */
    public String dedupKey() {
        return "leader_prompt:" + cycleId + ":" + leader.personId();
    }
}
