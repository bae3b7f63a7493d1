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
}
