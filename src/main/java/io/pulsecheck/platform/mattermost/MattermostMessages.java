package io.pulsecheck.platform.mattermost;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts only Mattermost needs, because there a free-text answer or comment is sent with {@code /pulse} instead of
 * typed into the direct message (Qute message bundle; German in {@link MattermostMessagesDe}, picked by
 * {@link io.pulsecheck.common.i18n.UserLocale}).
 */
@MessageBundle(value = "mattermost", locale = "en")
public interface MattermostMessages {

    @Message("Send /pulse followed by your answer, or press Skip.")
    String textButtonsHint();

    @Message("Anything else you want to tell your team lead anonymously? Send /pulse followed by your comment, or press Submit.")
    String commentButtons();
}
