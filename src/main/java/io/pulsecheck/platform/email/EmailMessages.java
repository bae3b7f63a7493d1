package io.pulsecheck.platform.email;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Wording of check-in and digest mails (bundle {@code email}; German in {@link EmailMessagesDe}, in "Sie"). */
@MessageBundle(value = "email", locale = "en")
public interface EmailMessages {

    @Message("Your check-in with {team}")
    String subject(String team);

    @Message("Reminder: your check-in with {team}")
    String reminderSubject(String team);

    @Message("Time for your check-in with {team}. It takes a minute and stays anonymous: your leaders only ever see group results.")
    String intro(String team);

    @Message("A friendly reminder: your check-in with {team} is still open. It takes a minute and stays anonymous.")
    String reminderIntro(String team);

    @Message("You said, we did. Since your last check-in:")
    String leaderActions();

    @Message("Answer the check-in")
    String answer();

    @Message("This link is personal: please do not forward it. It works once, until the check-in closes.")
    String linkNote();

    @Message("Pause or stop check-ins, or change their language")
    String preferences();

    @Message("You get this mail because your organisation runs anonymous check-ins with pulsecheck.")
    String why();
}
