package io.pulsecheck.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.pulsecheck.questions.Question;

/**
 * What a member's check-in prompt (or its reminder) needs to be rendered.
 *
 * @param reminder whether this is the one reminder to a member who has not answered
 * @param questions the cycle's questions in order
 * @param leaderActions what the team's leaders did since the last check-in ("you said, we did"); empty for none
 */
public record PromptRequest(boolean reminder, UUID cycleId, LocalDate cycleDate, String teamName, Recipient recipient,
        List<Question> questions, List<AnnouncedAction> leaderActions) {

    public PromptRequest {
        leaderActions = leaderActions == null ? List.of() : List.copyOf(leaderActions);
    }

    /**
     * A person as a chat platform knows them.
     *
     * @param platformUserId the Slack user id, Mattermost username or gateway user id
     */
    public record Recipient(UUID personId, PlatformId platform, String platformUserId, String locale) {
    }

    public String dedupKey() {
        return (reminder ? "reminder:" : "prompt:") + cycleId + ":" + recipient.personId();
    }
}
