package io.pulsecheck.platform.teams;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German texts of the Teams bot, in "Sie". */
@Localized("de")
public interface TeamsMessagesDe extends TeamsMessages {

    @Override
    @Message("Hallo! Hier erhalten Sie kurze anonyme Check-ins. Antworten Sie direkt in der Karte. Befehle: hilfe, pause [Tage oder Datum], stop, resume, sprache de|en.")
    String welcome();

    @Override
    @Message("Dieser Check-in ist geschlossen; Ihre Antwort wurde nicht gespeichert.")
    String closed();

    @Override
    @Message("Meine Führungskraft darf antworten, anonym")
    String replyOptIn();

    @Override
    @Message("Ihr Antwortcode, nur hier in Ihrem Chat: `{code}`\nMit ihm können Sie unter {url} die Antworten Ihrer Führungskraft auf Ihren Kommentar lesen und erwidern, sobald der Check-in geschlossen ist und die Kommentare gezeigt werden. Ihre Führungskraft erfährt nie, wer den Kommentar geschrieben hat. Wenn Sie den Code verlieren, kann ihn niemand wiederherstellen oder Ihr Gespräch finden: Wir können nicht wissen, welcher Kommentar Ihrer ist.")
    String replyCode(String code, String url);
}
