package io.pulsecheck.platform.mattermost;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link MattermostMessages}, addressing the reader with "Sie" (docs/ARCHITECTURE.md, "Texts"). */
@Localized("de")
public interface MattermostMessagesDe extends MattermostMessages {

    @Override
    @Message("Senden Sie /pulse gefolgt von Ihrer Antwort, oder drücken Sie Überspringen.")
    String textButtonsHint();

    @Override
    @Message("Möchten Sie Ihrer Teamleitung noch etwas anonym sagen? Senden Sie /pulse gefolgt von Ihrem Kommentar, oder drücken Sie Absenden.")
    String commentButtons();
}
