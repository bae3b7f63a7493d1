package io.pulsecheck.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.pulsecheck.questions.Question;

/** A leader's reassurance prompt before their team's check-in: what the team will be asked, and a suggestion. */
public record LeaderPromptRequest(UUID cycleId, LocalDate cycleDate, String teamName, PromptRequest.Recipient leader,
        List<Question> questions) {

    public String dedupKey() {
        return "leader_prompt:" + cycleId + ":" + leader.personId();
    }
}
