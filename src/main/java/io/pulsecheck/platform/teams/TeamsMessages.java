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
}
