package io.pulsecheck.platform.googlechat;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts only the Google Chat app needs (Qute message bundle; German in {@link GoogleChatMessagesDe}, picked by
 * {@link io.pulsecheck.common.i18n.UserLocale}).
 */
@MessageBundle(value = "googlechat", locale = "en")
public interface GoogleChatMessages {

    @Message("Hello! Your check-ins will arrive here. Answers are anonymous: your leaders only ever see group results. Type help for the commands.")
    String installed();

    @Message("This check-in has closed; answers are no longer accepted.")
    String closed();

    @Message("pulsecheck talks to people only in direct messages. Please message the app directly.")
    String directMessagesOnly();

    @Message("Replies to your comment")
    String replyOptInLabel();

    @Message("My leader may reply, anonymously")
    String replyOptIn();

    @Message("Your reply code, kept only here in your chat: `{code}`\nWith it you can read your leader's replies to your comment and answer them at {url} once the check-in has closed and the comments are shown. Your leader never learns who wrote the comment. If you lose the code, nobody can give it back or find your conversation: we cannot know which comment is yours.")
    String replyCode(String code, String url);
}
