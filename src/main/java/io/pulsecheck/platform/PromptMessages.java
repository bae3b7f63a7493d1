package io.pulsecheck.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Wording of check-in prompts, reminders and leader prompts (Qute message bundle; German in {@link PromptMessagesDe},
 * picked by {@link io.pulsecheck.common.i18n.UserLocale}).
 */
@MessageBundle(value = "prompt", locale = "en")
public interface PromptMessages {

    @Message("Time for your check-in with *{team}*. It takes a minute and stays anonymous: your leaders only ever see group results.")
    String intro(String team);

    @Message("A friendly reminder: your check-in with *{team}* is still open. It takes a minute and stays anonymous.")
    String reminderIntro(String team);

    /** Whom a leaders' check-in is with, in place of a team name ("your check-in with *your fellow leaders*"). */
    @Message("your fellow leaders")
    String fellowLeaders();

    @Message("Question {number} of {total}")
    String questionOf(int number, int total);

    @Message("Anything else you would like to share? (optional)")
    String commentLabel();

    @Message("Submit")
    String submit();

    @Message("Choose")
    String choose();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Skip")
    String skip();

    @Message("Reply with a message to answer in your own words.")
    String replyInWords();

    @Message("*You said, we did.* Since your last check-in:")
    String leaderActionsHeading();

    @Message("Your team *{team}* gets its check-in on {date}. They will be asked:")
    String leaderIntro(String team, String date);

    @Message("A suggestion: before the check-in, share what you know about current changes, even if it is incomplete, and invite questions, for example in an open Q&A. People who feel heard answer honestly.")
    String leaderSuggestion();

    @Message("Open your dashboard")
    String openDashboard();
}
