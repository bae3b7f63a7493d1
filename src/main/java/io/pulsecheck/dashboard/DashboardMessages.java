package io.pulsecheck.dashboard;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Wording of the leader and HR web view (Qute message bundle {@code dashboard}, used as {@code {dashboard:...}} in
 * the templates; German in {@link DashboardMessagesDe}, in "Sie").
 */
@MessageBundle(value = "dashboard", locale = "en")
public interface DashboardMessages {

    @Message("pulsecheck dashboard")
    String product();

    @Message("Your teams")
    String yourTeams();

    @Message("All teams")
    String allTeams();

    @Message("You lead no team at the moment.")
    String noTeams();

    @Message("Organisation view")
    String orgView();

    @Message("Sign out")
    String signOut();

    @Message("Back to your teams")
    String back();

    @Message("Trend")
    String trend();

    @Message("Trend of well-being, stress and transparency per check-in. Check-ins with too few answers are gaps. The team's customer metrics, if any, are panels below on the same weeks.")
    String chartAlt();

    @Message("Check-ins")
    String checkIns();

    @Message("Check-in")
    String checkIn();

    @Message("Participation")
    String participation();

    @Message("Well-being")
    String wellbeing();

    @Message("Stress")
    String stress();

    @Message("Transparency")
    String transparency();

    @Message("eNPS")
    String enps();

    @Message("Closed")
    String closed();

    @Message("Open: results when it closes")
    String open();

    @Message("Values with their 95% interval. An arrow marks a change larger than the noise; \"within noise\" means it may be chance. Nothing of an open check-in is shown, and no check-in with fewer than its anonymity threshold of answers.")
    String tableNote();

    @Message("Comments of the latest closed check-in ({date})")
    String commentsOf(String date);

    @Message("No comments are shown: fewer people wrote one than the comment threshold.")
    String commentsHidden();

    @Message("Nobody left a comment.")
    String commentsNone();

    @Message("No check-in has closed yet; comments appear once one has.")
    String commentsNotYet();

    @Message("Free-text answers of the latest closed check-in ({date})")
    String freeTextOf(String date);

    @Message("Not shown: fewer people answered this question than the comment threshold.")
    String freeTextHidden();

    @Message("Suggestions")
    String suggestions();

    @Message("You said, we did")
    String actions();

    @Message("What you record here is told to your team in its next check-in, each action once. Never name individuals.")
    String actionsHelp();

    @Message("What did you do for your team?")
    String newAction();

    @Message("Record")
    String record();

    @Message("Save")
    String save();

    @Message("Edit: {description}")
    String editLabel(String description);

    @Message("Told to the team")
    String announced();

    @Message("Waiting for the next check-in")
    String waiting();

    @Message("No action recorded yet.")
    String actionsNone();

    @Message("Recorded on {date}")
    String recordedOn(String date);

    @Message("Please describe the action (1 to 500 characters).")
    String descriptionInvalid();

    @Message("This action was told to the team already and cannot be changed.")
    String actionAnnounced();

    @Message("The form has expired. Please try again.")
    String formExpired();

    @Message("within noise")
    String withinNoise();

    @Message("larger than noise")
    String significant();

    @Message("not enough responses")
    String notEnough();

    @Message("no data")
    String noData();

    @Message("at least {value}%, rounded down")
    String coarse(String value);

    @Message("fewer than {k} answered")
    String belowK(int k);

    @Message("{respondents} answered")
    String respondents(long respondents);

    @Message("Organisation, departments and teams over the last weeks ({from} to {to}), closed check-ins only. A group with fewer than {k} answers shows no numbers; a department is also hidden when it would reveal a smaller group by subtraction.")
    String orgIntro(String from, String to, int k);

    @Message("Group")
    String group();

    @Message("Answers")
    String answers();

    @Message("not shown: it would reveal a smaller group")
    String differencing();

    @Message("This link has expired")
    String linkExpiredTitle();

    @Message("Dashboard links work for a limited time. Open the link in your latest digest or leader message from pulsecheck.")
    String linkExpired();

    @Message("This link is not valid")
    String linkInvalidTitle();

    @Message("The link is incomplete or was changed. Open the link in your latest digest or leader message from pulsecheck.")
    String linkInvalid();

    @Message("Please open your dashboard")
    String signInTitle();

    @Message("Leaders open their dashboard from the link in their weekly digest or leader message. HR signs in with the company account.")
    String signIn();

    @Message("Sign in as HR")
    String hrSignIn();

    @Message("Not your team")
    String forbiddenTitle();

    @Message("You can only see the teams you lead.")
    String forbidden();

    @Message("You are signed out")
    String signedOutTitle();

    @Message("Your session has ended on this device.")
    String signedOut();

    @Message("Page not found")
    String notFoundTitle();

    @Message("There is no such team.")
    String notFound();

    @Message("en")
    String lang();

    @Message("This sign-in is for HR administrators. Leaders open their dashboard from the link in their digest.")
    String hrOnly();

    @Message("HR sign-in is not set up")
    String hrSignInOffTitle();

    @Message("This service has no identity provider configured for HR. Ask the administrator to set the OpenID Connect settings.")
    String hrSignInOff();

    @Message("Customer voice")
    String customerVoice();

    @Message("The customer values of each check-in's ISO week, from your company's own systems. They are paired only with check-ins whose numbers are shown.")
    String customerHint();

    @Message("No customer signals for this team in these weeks.")
    String customerNone();

    @Message("Week")
    String week();

    @Message("not paired: the check-in's numbers are not shown")
    String notPaired();

    @Message("How the two voices move together")
    String relationships();

    @Message("Association, not cause: two signals that moved together over these check-ins do not show that one caused the other. A relationship is shown from {min} common check-ins on, and only when its 95% interval is narrow enough to say something.")
    String associationNote(int min);

    @Message("same check-in")
    String sameCycle();

    @Message("one check-in later")
    String nextCycle();

    @Message("r = {r}, 95% interval {low} to {high}, {cycles} check-ins")
    String correlation(String r, String low, String high, int cycles);

    @Message("no clear association: the interval includes zero")
    String noClearAssociation();

    @Message("not shown: {cycles} of at least {min} common check-ins")
    String notEnoughCycles(int cycles, int min);

    @Message("not shown: too uncertain, the 95% interval is too wide")
    String intervalTooWide();

    @Message("not shown: one of the two did not vary")
    String noVariation();

    @Message("Customer values per check-in")
    String customerWeeks();

    @Message("Conversations on comments")
    String threads();

    @Message("The writers of these comments asked for replies. You never learn who wrote one, and they read your reply with a code only they hold. Their answers appear here once a day, together with all others of that day.")
    String threadsHelp();

    @Message("Check-in of {date}")
    String threadOf(LocalDate date);

    @Message("Leader")
    String threadLeader();

    @Message("Writer of the comment")
    String threadWriter();

    @Message("No replies yet.")
    String threadEmpty();

    @Message("Your reply")
    String threadReply();

    @Message("Send reply")
    String threadSend();

    @Message("This conversation no longer takes messages.")
    String threadClosed();

    @Message("Please write between 1 and 2,000 characters.")
    String threadInvalid();

    @Message("This conversation has reached its maximum number of messages.")
    String threadFull();

    @Message("New series since {date}: asked {instrument} instead of {previous}; changes compare only check-ins of the same instrument.")
    String newSeries(String date, String instrument, String previous);
}
