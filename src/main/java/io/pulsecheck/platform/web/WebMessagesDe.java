package io.pulsecheck.platform.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link WebMessages}, addressing the reader with "Sie" (docs/ARCHITECTURE.md, "Texts"). */
@Localized("de")
public interface WebMessagesDe extends WebMessages {

    @Override
    @Message("Ihr Check-in")
    String title();

    @Override
    @Message("Check-in mit {team}")
    String heading(String team);

    @Override
    @Message("Er dauert eine Minute. Jede Frage ist freiwillig.")
    String lead();

    @Override
    @Message("Was gespeichert wird und was nicht")
    String storedHeading();

    @Override
    @Message("Ihre Antworten werden ohne Ihren Namen, Ihre E-Mail-Adresse oder sonst einen Bezug zu Ihnen gespeichert, und nur mit dem Datum des Check-ins, nicht mit der Uhrzeit Ihrer Antwort. Ihr Kommentar wird getrennt von Ihren Bewertungen gespeichert; Namen, E-Mail-Adressen, Links und Telefonnummern werden daraus entfernt.")
    String storedAnswers();

    @Override
    @Message("Dass Sie geantwortet haben, wird getrennt vermerkt, damit Sie keine Erinnerung bekommen und nicht zweimal antworten können; dieser Vermerk wird gelöscht, wenn der Check-in schließt.")
    String storedReceipt();

    @Override
    @Message("Ihre Führungskräfte sehen Ergebnisse erst nach dem Ende des Check-ins und nur für Gruppen von mindestens {k} Personen.")
    String storedThreshold(int k);

    @Override
    @Message("Sie haben es uns gesagt, wir haben gehandelt. Seit Ihrem letzten Check-in:")
    String leaderActions();

    @Override
    @Message("Möchten Sie noch etwas sagen? (optional)")
    String comment();

    @Override
    @Message("Bitte schreiben Sie keine Namen und nichts, was Sie oder andere erkennbar macht.")
    String commentHint();

    @Override
    @Message("Antworten absenden")
    String submit();

    @Override
    @Message("Dieser Link gilt bis {until} (UTC) und nur einmal.")
    String validUntil(String until);

    @Override
    @Message("Vielen Dank")
    String thanksTitle();

    @Override
    @Message("Ihre Antworten sind anonym gespeichert.")
    String thanks();

    @Override
    @Message("Bereits beantwortet")
    String answeredTitle();

    @Override
    @Message("Sie haben diesen Check-in bereits beantwortet. Vielen Dank! Dieser Link kann nicht noch einmal verwendet werden.")
    String answered();

    @Override
    @Message("Dieser Link ist abgelaufen")
    String expiredTitle();

    @Override
    @Message("Dieser Check-in ist beendet, deshalb funktioniert der Link nicht mehr. Mit dem nächsten Check-in bekommen Sie einen neuen Link.")
    String expired();

    @Override
    @Message("Dieser Link ist ungültig")
    String invalidTitle();

    @Override
    @Message("Dieser Link stammt nicht von pulsecheck, oder er wurde verändert oder abgeschnitten. Bitte öffnen Sie den Link aus Ihrer Nachricht noch einmal, genau so, wie er geschickt wurde.")
    String invalid();

    @Override
    @Message("Dieser Check-in ist nicht für Sie")
    String notYoursTitle();

    @Override
    @Message("Dieser Link gehört zu einem Check-in, an dem Sie nicht teilnehmen. Bitte verwenden Sie den Link aus Ihrer eigenen Nachricht.")
    String notYours();

    @Override
    @Message("Ihre Antworten wurden nicht angenommen")
    String rejectedTitle();

    @Override
    @Message("Etwas im Formular war ungültig, deshalb wurde nichts gespeichert. Bitte gehen Sie zurück, prüfen Sie Ihre Antworten und senden Sie sie erneut.")
    String rejected();

    @Override
    @Message("Zurück zum Check-in")
    String back();

    @Override
    @Message("Ihre Check-in-Einstellungen")
    String preferencesHeading();

    @Override
    @Message("Check-ins pausieren")
    String pauseLegend();

    @Override
    @Message("Pausieren für")
    String pauseFor();

    @Override
    @Message("1 Woche")
    String oneWeek();

    @Override
    @Message("2 Wochen")
    String twoWeeks();

    @Override
    @Message("4 Wochen")
    String fourWeeks();

    @Override
    @Message("Pausieren")
    String pause();

    @Override
    @Message("Check-ins beenden")
    String stopLegend();

    @Override
    @Message("Sie werden nicht mehr gefragt, bis Sie wieder teilnehmen.")
    String stopHint();

    @Override
    @Message("Alle Check-ins beenden")
    String stop();

    @Override
    @Message("Sprache")
    String languageLegend();

    @Override
    @Message("Sprache der Check-ins")
    String languageLabel();

    @Override
    @Message("Sprache ändern")
    String changeLanguage();

    @Override
    @Message("Wieder teilnehmen")
    String resume();

    @Override
    @Message("Gespeichert")
    String savedTitle();

    @Override
    @Message("Check-ins sind pausiert bis {until}.")
    String paused(String until);

    @Override
    @Message("Sie werden nicht mehr gefragt. Auf dieser Seite können Sie wieder teilnehmen.")
    String stopped();

    @Override
    @Message("Check-ins sind wieder eingeschaltet.")
    String resumed();

    @Override
    @Message("Ab jetzt sind Check-ins auf Deutsch.")
    String languageChanged();

    @Override
    @Message("Check-in-Fragen")
    String questionsLabel();

    @Override
    @Message("Wählen Sie eine Antwort.")
    String chooseOne();

    @Override
    @Message("Antworten Sie in eigenen Worten.")
    String ownWords();
}
