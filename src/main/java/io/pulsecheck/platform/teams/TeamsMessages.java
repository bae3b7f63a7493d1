package io.pulsecheck.platform.teams;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts only the Teams bot needs (Qute message bundle; German in {@link TeamsMessagesDe}, in "Sie", picked by
 * {@link io.pulsecheck.common.i18n.UserLocale}).
 */
@MessageBundle(value = "teams", locale = "en")
public interface TeamsMessages {

    @Message("Hello! I will bring you short anonymous check-ins here. Answer them right in the card. Commands: help, pause [days or date], stop, resume, language de|en.")
    String welcome();

    @Message("This check-in has closed; your answer was not recorded.")
    String closed();

    @Message("My leader may reply, anonymously")
    String replyOptIn();

    @Message("Your reply code, kept only here in your chat: `{code}`\nWith it you can read your leader's replies to your comment and answer them at {url} once the check-in has closed and the comments are shown. Your leader never learns who wrote the comment. If you lose the code, nobody can give it back or find your conversation: we cannot know which comment is yours.")
    String replyCode(String code, String url);
}
