package io.pulsecheck.platform.slack;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The App Home tab's texts (Qute message bundle; German in {@link SlackMessagesDe}, picked by
 * {@link io.pulsecheck.common.i18n.UserLocale}).
 */
@MessageBundle(value = "slack", locale = "en")
public interface SlackMessages {

    @Message("Your pulsecheck")
    String homeTitle();

    @Message("*Status:* taking part in check-ins")
    String statusActive();

    @Message("*Status:* paused until {until}")
    String statusPaused(String until);

    @Message("*Status:* stopped: you get no check-ins until you resume")
    String statusStopped();

    @Message("*Language:* English")
    String language();

    @Message("Pause for {days} days")
    String pauseButton(int days);

    @Message("Resume")
    String resumeButton();

    @Message("Stop check-ins")
    String stopButton();

    @Message("Auf Deutsch")
    String otherLanguageButton();

    @Message("What we store about you")
    String storedTitle();

    @Message("• Your name, email, Slack member id, language and time zone, and the teams you belong to: so we can ask you.\n• Whether you answered the open check-in, until it closes: so you are not reminded. Then it is deleted.\n• Your answers are stored without your name or any id, mixed with your team's, and shown to leaders only as team results of at least {k} people. We cannot show you your answers, because nothing links them to you.")
    String stored(int k);

    @Message("You are not on a pulsecheck roster. Ask your HR team to add you with your Slack email.")
    String notOnRoster();

    @Message("My leader may reply, anonymously")
    String replyOptIn();

    @Message("Your reply code, kept only here in your chat: `{code}`\nWith it you can read your leader's replies to your comment and answer them at {url} once the check-in has closed and the comments are shown. Your leader never learns who wrote the comment. If you lose the code, nobody can give it back or find your conversation: we cannot know which comment is yours.")
    String replyCode(String code, String url);
}
