package io.pulsecheck.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Wording of the web check-in pages (Qute message bundle {@code web}; German in {@link WebMessagesDe}, in "Sie").
 * Templates under {@code templates/checkin/} use it as {@code {web:key}}.
 */
@MessageBundle(value = "web", locale = "en")
public interface WebMessages {

    @Message("Your check-in")
    String title();

    @Message("Check-in with {team}")
    String heading(String team);

    @Message("It takes a minute. Every question is optional.")
    String lead();

    @Message("What is stored, and what is not")
    String storedHeading();

    @Message("Your answers are stored without your name, email or any other link to you, and only the date of the check-in, not the time you answered. Your comment is stored apart from your scores, with names, emails, links and phone numbers removed.")
    String storedAnswers();

    @Message("That you answered is noted separately, so you are not reminded and cannot answer twice; that note is deleted when the check-in closes.")
    String storedReceipt();

    @Message("Your leaders see results only after the check-in closes, and only for groups of at least {k} people.")
    String storedThreshold(int k);

    @Message("You said, we did. Since your last check-in:")
    String leaderActions();

    @Message("Anything else you would like to share? (optional)")
    String comment();

    @Message("Do not write names or anything that identifies you or others.")
    String commentHint();

    @Message("Send my answers")
    String submit();

    @Message("This link works until {until} (UTC) and only once.")
    String validUntil(String until);

    @Message("Thank you")
    String thanksTitle();

    @Message("Your answers are recorded anonymously.")
    String thanks();

    @Message("Already answered")
    String answeredTitle();

    @Message("You have already answered this check-in. Thank you! This link cannot be used again.")
    String answered();

    @Message("This link has expired")
    String expiredTitle();

    @Message("This check-in has closed, so the link no longer works. You will get a new link with the next check-in.")
    String expired();

    @Message("This link is not valid")
    String invalidTitle();

    @Message("This link was not issued by pulsecheck, or it was changed or cut off. Please open the link from your message again, exactly as it was sent.")
    String invalid();

    @Message("This check-in is not for you")
    String notYoursTitle();

    @Message("This link belongs to a check-in you are not part of. Please use the link from your own message.")
    String notYours();

    @Message("Your answers were not accepted")
    String rejectedTitle();

    @Message("Something in the form was not valid, so nothing was stored. Please go back, check your answers and send them again.")
    String rejected();

    @Message("Back to the check-in")
    String back();

    @Message("Your check-in settings")
    String preferencesHeading();

    @Message("Pause check-ins")
    String pauseLegend();

    @Message("Pause for")
    String pauseFor();

    @Message("1 week")
    String oneWeek();

    @Message("2 weeks")
    String twoWeeks();

    @Message("4 weeks")
    String fourWeeks();

    @Message("Pause")
    String pause();

    @Message("Stop check-ins")
    String stopLegend();

    @Message("You will not be asked any more until you take part again.")
    String stopHint();

    @Message("Stop all check-ins")
    String stop();

    @Message("Language")
    String languageLegend();

    @Message("Language of check-ins")
    String languageLabel();

    @Message("Change language")
    String changeLanguage();

    @Message("Take part again")
    String resume();

    @Message("Saved")
    String savedTitle();

    @Message("Check-ins are paused until {until}.")
    String paused(String until);

    @Message("You will not be asked any more. You can take part again on this page.")
    String stopped();

    @Message("Check-ins are on again.")
    String resumed();

    @Message("From now on, check-ins are in English.")
    String languageChanged();

    @Message("Check-in questions")
    String questionsLabel();

    @Message("Choose one answer.")
    String chooseOne();

    @Message("Answer in your own words.")
    String ownWords();
}
