package io.pulsecheck.platform.web;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Wording of replies to a comment on the web (Qute message bundle {@code reply}; German in {@link ReplyMessagesDe},
 * in "Sie"): the opt-in beside the comment, the code on the thank-you page, and the conversation pages.
 */
@MessageBundle(value = "reply", locale = "en")
public interface ReplyMessages {

    @Message("Allow your leader to reply to this comment, anonymously")
    String optIn();

    @Message("You get a reply code on the next page. Only with that code can you read replies and answer; nobody, not even pulsecheck, knows which comment is yours.")
    String optInHint();

    @Message("Your reply code")
    String codeHeading();

    @Message("Keep this code somewhere safe, for example in a password manager. It is shown only now. With it you can read your leader's replies to your comment and answer them, once the check-in has closed and the comments are shown.")
    String codeKeep();

    @Message("Open my conversation")
    String open();

    @Message("Conversation on your comment")
    String title();

    @Message("Enter your reply code")
    String enterTitle();

    @Message("The code you received after writing your comment, 43 letters and digits.")
    String enterHint();

    @Message("Reply code")
    String codeLabel();

    @Message("Your comment from the check-in of {date}:")
    String yourComment(LocalDate date);

    @Message("No replies yet. You can also write first.")
    String noMessages();

    @Message("Your leader")
    String fromLeader();

    @Message("You")
    String fromWriter();

    @Message("Your answer")
    String answerLabel();

    @Message("Names, emails, links and phone numbers are removed, as in comments.")
    String answerHint();

    @Message("Send")
    String send();

    @Message("This conversation takes messages until {date}; then it is deleted.")
    String openUntil(LocalDate date);

    @Message("This conversation no longer takes messages.")
    String closed();

    @Message("No conversation for this code")
    String unknownTitle();

    @Message("No conversation is open for this code. A conversation opens when the check-in has closed and its comments are shown to your leader (at least as many comments as the threshold), and it ends some weeks later. Check that you copied the whole code.")
    String unknown();

    @Message("That did not work")
    String rejectedTitle();

    @Message("Please write between 1 and 2,000 characters.")
    String rejectedBody();

    @Message("This is not a reply code: it has 43 letters, digits, - and _.")
    String rejectedCode();

    @Message("This conversation has reached its maximum number of messages.")
    String full();

    @Message("What this means for you")
    String statementHeading();

    @Message("Your leader sees your comment and this conversation, never who wrote it. pulsecheck stores only a fingerprint of your code next to your comment; it does not store the code, your name, your chat account or when you wrote.")
    String statementStored();

    @Message("If you lose the code, nobody can give it back or find your conversation again: we cannot know which comment is yours. Your comment stays, without the conversation.")
    String statementLost();

    @Message("Anyone who has your code can read this conversation and answer in it. Your answers reach your leader once a day, together with all others written that day, so the time you wrote tells nothing; write nothing that identifies you.")
    String statementHolder();
}
