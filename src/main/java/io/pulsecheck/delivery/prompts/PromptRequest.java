package io.pulsecheck.delivery.prompts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.pulsecheck.common.Channel;
import io.pulsecheck.questions.Question;

/**
 * What a member's check-in prompt (or its reminder) needs to be rendered.
 *
 * @param reminder whether this is the one reminder to a member who has not answered
 * @param questions the cycle's questions in order
 */
public record PromptRequest(boolean reminder, UUID cycleId, LocalDate cycleDate, String teamName, Recipient recipient,
        List<Question> questions) {

    /**
     * A person as a chat platform knows them.
     *
     * @param platformUserId the Slack user id, Mattermost username or gateway user id
     */
    public record Recipient(UUID personId, Channel platform, String platformUserId, String locale) {
    }

    public String dedupKey() {
        return (reminder ? "reminder:" : "prompt:") + cycleId + ":" + recipient.personId();
    }
}
