package io.pulsecheck.platform.web;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link ReplyMessages}, addressing the reader with "Sie" (docs/ARCHITECTURE.md, "Texts"). */
@Localized("de")
public interface ReplyMessagesDe extends ReplyMessages {

    @Override
    @Message("Meine Führungskraft darf auf diesen Kommentar antworten, anonym")
    String optIn();

    @Override
    @Message("Sie erhalten auf der nächsten Seite einen Antwortcode. Nur mit diesem Code können Sie Antworten lesen und erwidern; niemand, auch pulsecheck nicht, weiß, welcher Kommentar Ihrer ist.")
    String optInHint();

    @Override
    @Message("Ihr Antwortcode")
    String codeHeading();

    @Override
    @Message("Bewahren Sie diesen Code sicher auf, zum Beispiel in einem Passwortmanager. Er wird nur jetzt angezeigt. Mit ihm können Sie die Antworten Ihrer Führungskraft auf Ihren Kommentar lesen und erwidern, sobald der Check-in geschlossen ist und die Kommentare gezeigt werden.")
    String codeKeep();

    @Override
    @Message("Mein Gespräch öffnen")
    String open();

    @Override
    @Message("Gespräch zu Ihrem Kommentar")
    String title();

    @Override
    @Message("Antwortcode eingeben")
    String enterTitle();

    @Override
    @Message("Der Code, den Sie nach Ihrem Kommentar erhalten haben, 43 Buchstaben und Ziffern.")
    String enterHint();

    @Override
    @Message("Antwortcode")
    String codeLabel();

    @Override
    @Message("Ihr Kommentar aus dem Check-in vom {date}:")
    String yourComment(LocalDate date);

    @Override
    @Message("Noch keine Antworten. Sie können auch zuerst schreiben.")
    String noMessages();

    @Override
    @Message("Ihre Führungskraft")
    String fromLeader();

    @Override
    @Message("Sie")
    String fromWriter();

    @Override
    @Message("Ihre Antwort")
    String answerLabel();

    @Override
    @Message("Namen, E-Mail-Adressen, Links und Telefonnummern werden entfernt, wie bei Kommentaren.")
    String answerHint();

    @Override
    @Message("Senden")
    String send();

    @Override
    @Message("Dieses Gespräch nimmt bis zum {date} Nachrichten an; danach wird es gelöscht.")
    String openUntil(LocalDate date);

    @Override
    @Message("Dieses Gespräch nimmt keine Nachrichten mehr an.")
    String closed();

    @Override
    @Message("Kein Gespräch zu diesem Code")
    String unknownTitle();

    @Override
    @Message("Zu diesem Code ist kein Gespräch offen. Ein Gespräch öffnet sich, wenn der Check-in geschlossen ist und seine Kommentare Ihrer Führungskraft gezeigt werden (mindestens so viele Kommentare wie die Schwelle), und es endet einige Wochen später. Prüfen Sie, ob Sie den ganzen Code kopiert haben.")
    String unknown();

    @Override
    @Message("Das hat nicht geklappt")
    String rejectedTitle();

    @Override
    @Message("Bitte schreiben Sie zwischen 1 und 2.000 Zeichen.")
    String rejectedBody();

    @Override
    @Message("Das ist kein Antwortcode: Er hat 43 Buchstaben, Ziffern, - und _.")
    String rejectedCode();

    @Override
    @Message("Dieses Gespräch hat die höchste Zahl an Nachrichten erreicht.")
    String full();

    @Override
    @Message("Was das für Sie bedeutet")
    String statementHeading();

    @Override
    @Message("Ihre Führungskraft sieht Ihren Kommentar und dieses Gespräch, nie, wer ihn geschrieben hat. pulsecheck speichert neben Ihrem Kommentar nur einen Fingerabdruck Ihres Codes; nicht den Code, nicht Ihren Namen, nicht Ihr Chat-Konto und nicht, wann Sie geschrieben haben.")
    String statementStored();

    @Override
    @Message("Wenn Sie den Code verlieren, kann ihn niemand wiederherstellen oder Ihr Gespräch wiederfinden: Wir können nicht wissen, welcher Kommentar Ihrer ist. Ihr Kommentar bleibt, ohne das Gespräch.")
    String statementLost();

    @Override
    @Message("Wer Ihren Code hat, kann dieses Gespräch lesen und darin antworten. Ihre Antworten erreichen Ihre Führungskraft einmal am Tag, zusammen mit allen anderen dieses Tages, so dass der Zeitpunkt nichts verrät; schreiben Sie nichts, was Sie erkennbar macht.")
    String statementHolder();
}
