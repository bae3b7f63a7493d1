package io.pulsecheck.platform.webhook;

import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.PromptMessages;
import io.pulsecheck.questions.Question;

/** The leader prompt as markdown, for the generic webhook's {@code text} field. */
final class LeaderPromptText {

    private LeaderPromptText() {
    }

    static String markdown(LeaderPromptContent request, PromptMessages messages, String bullet) {
        StringBuilder text = new StringBuilder(messages.leaderIntro(request.teamName(), request.cycleDate().toString()));
        for (Question question : request.questions()) {
            text.append('\n').append(bullet).append(question.textIn(request.leader().locale()));
        }
        return text.append("\n\n").append(request.suggestion(messages)).toString();
    }
}
