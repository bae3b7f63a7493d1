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

    @Override
    @Message("Antworten auf Ihren Kommentar")
    String replyOptInLabel();

    @Override
    @Message("Meine Führungskraft darf antworten, anonym")
    String replyOptIn();

    @Override
    @Message("Ihr Antwortcode, nur hier in Ihrem Chat: `{code}`\nMit ihm können Sie unter {url} die Antworten Ihrer Führungskraft auf Ihren Kommentar lesen und erwidern, sobald der Check-in geschlossen ist und die Kommentare gezeigt werden. Ihre Führungskraft erfährt nie, wer den Kommentar geschrieben hat. Wenn Sie den Code verlieren, kann ihn niemand wiederherstellen oder Ihr Gespräch finden: Wir können nicht wissen, welcher Kommentar Ihrer ist.")
    String replyCode(String code, String url);
}
