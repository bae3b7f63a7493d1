package io.pulsecheck.platform;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link ShownOfMessages}. */
@Localized("de")
public interface ShownOfMessagesDe extends ShownOfMessages {

    @Override
    @Message("{shown} von {total} angezeigt")
    String shownOf(int shown, int total);

    @Override
    @Message("… und {count} weitere.")
    String more(int count);
}
