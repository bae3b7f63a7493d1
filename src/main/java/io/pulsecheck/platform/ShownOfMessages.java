package io.pulsecheck.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What a platform says when a message could not carry everything within its limits (German in
 * {@link ShownOfMessagesDe}, picked by {@link io.pulsecheck.common.i18n.UserLocale}).
 */
@MessageBundle(value = "shown", locale = "en")
public interface ShownOfMessages {

    @Message("showing {shown} of {total}")
    String shownOf(int shown, int total);

    @Message("… and {count} more.")
    String more(int count);
}
