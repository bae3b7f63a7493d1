package io.pulsecheck.platform;

import io.pulsecheck.questions.Question;

/** The leader prompt as markdown, shared by the chat platforms. */
public final class LeaderPromptText {

    private LeaderPromptText() {
    }

    public static String markdown(LeaderPromptContent request, PromptMessages messages, String bullet) {
        StringBuilder text = new StringBuilder(messages.leaderIntro(request.teamName(), request.cycleDate().toString()));
        for (Question question : request.questions()) {
            text.append('\n').append(bullet).append(question.textIn(request.leader().locale()));
        }
        return text.append("\n\n").append(request.suggestion(messages)).toString();
    }
}
