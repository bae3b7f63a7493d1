package io.pulsecheck.conversation;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the service says to members in a chat conversation: replies to answers and commands, and the typed question
 * flow (Qute message bundle; German in {@link ConversationMessagesDe}, picked by
 * {@link io.pulsecheck.common.i18n.UserLocale}). No message ever repeats an answer value. Dates are ISO
 * ({@code 2027-01-06}), so they read the same in every language.
 */
@MessageBundle(value = "conversation", locale = "en")
public interface ConversationMessages {

    @Message("Thanks, your answer is recorded anonymously.")
    String thanks();

    @Message("You have already answered this check-in. Thank you!")
    String alreadyAnswered();

    @Message("I ask a few anonymous questions about how you are doing. Commands: help, pause [days or date], stop, resume, language de|en. Answer a question with its number, or skip.")
    String help();

    @Message("Check-ins are paused until {until}. Enjoy your time off!")
    String paused(LocalDate until);

    @Message("You will not be asked any more. Send resume to take part again.")
    String stopped();

    @Message("Welcome back, check-ins are on again.")
    String resumed();

    @Message("From now on I write in English.")
    String language();

    @Message("There is no open check-in for you right now. Send help for the commands.")
    String nothingOpen();

    @Message("Sorry, that is not an answer to this question.")
    String notUnderstood();

    @Message("Question {number} of {total}: {text}")
    String question(int number, int total, String text);

    @Message("Answer {min} to {max}, or skip.")
    String scaleHint(int min, int max);

    @Message("Answer with one of: {choices}, or skip.")
    String choiceHint(String choices);

    @Message("Answer in your own words, or skip.")
    String textHint();

    @Message("Anything else you want to tell your team lead anonymously? Write it now, or skip.")
    String comment();

    @Message("Submit")
    String submit();

    @Message("Skip")
    String skip();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("I do not know you yet; please ask HR to add you to your team.")
    String notOnRoster();
}
