package io.pulsecheck.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.pulsecheck.questions.Question;

/**
 * A leader's reassurance prompt before their team's check-in: what the team will be asked, the pre-brief drawn from
 * the team's last released cycle ({@code brief}, already in the leader's language; empty when there is nothing to draw
 * on, then the general suggestion is shown), and the leader's signed "Open your dashboard" link (null when there is
 * none).
 */
public record LeaderPromptContent(UUID cycleId, LocalDate cycleDate, String teamName, ChatRecipient leader,
        List<Question> questions, WebLink dashboard, List<String> brief) {

    public LeaderPromptContent {
        brief = brief == null ? List.of() : List.copyOf(brief);
    }

    /** A prompt without a pre-brief or dashboard link: it carries the general suggestion. */
    public LeaderPromptContent(UUID cycleId, LocalDate cycleDate, String teamName, ChatRecipient leader,
            List<Question> questions) {
        this(cycleId, cycleDate, teamName, leader, questions, null, List.of());
    }

    /** The suggestion part of the prompt: the pre-brief, one paragraph per point, or the general suggestion. */
    public String suggestion(PromptMessages messages) {
        return brief.isEmpty() ? messages.leaderSuggestion() : String.join("\n\n", brief);
    }

    /** Idempotency key of the outbox message; never parsed. */
    public String dedupKey() {
        return "leader_prompt:" + cycleId + ":" + leader.personId();
    }
}
