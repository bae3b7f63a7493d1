package io.pulsecheck.platform.googlechat;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link GoogleChatMessages}, addressing the reader with "Sie" (docs/ARCHITECTURE.md, "Texts"). */
@Localized("de")
public interface GoogleChatMessagesDe extends GoogleChatMessages {

    @Override
    @Message("Hallo! Ihre Check-ins kommen hier an. Antworten sind anonym: Ihre Führungskräfte sehen nur Gruppenergebnisse. Schreiben Sie help für die Befehle.")
    String installed();

    @Override
    @Message("Dieser Check-in ist beendet; Antworten werden nicht mehr angenommen.")
    String closed();

    @Override
    @Message("pulsecheck spricht nur in Direktnachrichten mit Ihnen. Bitte schreiben Sie der App direkt.")
    String directMessagesOnly();
}
