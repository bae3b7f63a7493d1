package io.pulsecheck.dashboard;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of the web view, in "Sie". */
@Localized("de")
public interface DashboardMessagesDe extends DashboardMessages {

    @Override
    @Message("pulsecheck-Dashboard")
    String product();

    @Override
    @Message("Ihre Teams")
    String yourTeams();

    @Override
    @Message("Alle Teams")
    String allTeams();

    @Override
    @Message("Sie leiten derzeit kein Team.")
    String noTeams();

    @Override
    @Message("Organisationsansicht")
    String orgView();

    @Override
    @Message("Abmelden")
    String signOut();

    @Override
    @Message("Zurück zu Ihren Teams")
    String back();

    @Override
    @Message("Verlauf")
    String trend();

    @Override
    @Message("Verlauf von Wohlbefinden, Stress und Transparenz je Check-in. Check-ins mit zu wenigen Antworten sind Lücken. Die Kundenkennzahlen des Teams, falls vorhanden, stehen darunter in eigenen Feldern für dieselben Wochen.")
    String chartAlt();

    @Override
    @Message("Check-ins")
    String checkIns();

    @Override
    @Message("Check-in")
    String checkIn();

    @Override
    @Message("Beteiligung")
    String participation();

    @Override
    @Message("Wohlbefinden")
    String wellbeing();

    @Override
    @Message("Stress")
    String stress();

    @Override
    @Message("Transparenz")
    String transparency();

    @Override
    @Message("eNPS")
    String enps();

    @Override
    @Message("Abgeschlossen")
    String closed();

    @Override
    @Message("Offen: Ergebnisse nach dem Abschluss")
    String open();

    @Override
    @Message("Werte mit ihrem 95-%-Intervall. Ein Pfeil markiert eine Veränderung, die größer ist als das Rauschen; \"im Rauschen\" heißt, sie kann Zufall sein. Von einem offenen Check-in wird nichts gezeigt, ebenso wenig von einem Check-in mit weniger Antworten als seiner Anonymitätsschwelle.")
    String tableNote();

    @Override
    @Message("Kommentare des letzten abgeschlossenen Check-ins ({date})")
    String commentsOf(String date);

    @Override
    @Message("Es werden keine Kommentare gezeigt: Weniger Personen haben einen geschrieben, als die Kommentarschwelle verlangt.")
    String commentsHidden();

    @Override
    @Message("Niemand hat einen Kommentar hinterlassen.")
    String commentsNone();

    @Override
    @Message("Noch ist kein Check-in abgeschlossen; Kommentare erscheinen danach.")
    String commentsNotYet();

    @Override
    @Message("Freitextantworten des letzten abgeschlossenen Check-ins ({date})")
    String freeTextOf(String date);

    @Override
    @Message("Nicht gezeigt: Weniger Personen haben diese Frage beantwortet, als die Kommentarschwelle verlangt.")
    String freeTextHidden();

    @Override
    @Message("Vorschläge")
    String suggestions();

    @Override
    @Message("Sie sagten, wir haben gehandelt")
    String actions();

    @Override
    @Message("Was Sie hier festhalten, erfährt Ihr Team im nächsten Check-in, jede Maßnahme einmal. Nennen Sie niemals Einzelpersonen.")
    String actionsHelp();

    @Override
    @Message("Was haben Sie für Ihr Team getan?")
    String newAction();

    @Override
    @Message("Festhalten")
    String record();

    @Override
    @Message("Speichern")
    String save();

    @Override
    @Message("Bearbeiten: {description}")
    String editLabel(String description);

    @Override
    @Message("Dem Team mitgeteilt")
    String announced();

    @Override
    @Message("Wartet auf den nächsten Check-in")
    String waiting();

    @Override
    @Message("Noch keine Maßnahme festgehalten.")
    String actionsNone();

    @Override
    @Message("Festgehalten am {date}")
    String recordedOn(String date);

    @Override
    @Message("Bitte beschreiben Sie die Maßnahme (1 bis 500 Zeichen).")
    String descriptionInvalid();

    @Override
    @Message("Diese Maßnahme wurde dem Team bereits mitgeteilt und kann nicht mehr geändert werden.")
    String actionAnnounced();

    @Override
    @Message("Das Formular ist abgelaufen. Bitte versuchen Sie es erneut.")
    String formExpired();

    @Override
    @Message("im Rauschen")
    String withinNoise();

    @Override
    @Message("größer als das Rauschen")
    String significant();

    @Override
    @Message("zu wenige Antworten")
    String notEnough();

    @Override
    @Message("keine Daten")
    String noData();

    @Override
    @Message("mindestens {value} %, abgerundet")
    String coarse(String value);

    @Override
    @Message("weniger als {k} haben geantwortet")
    String belowK(int k);

    @Override
    @Message("{respondents} haben geantwortet")
    String respondents(long respondents);

    @Override
    @Message("Organisation, Bereiche und Teams der letzten Wochen ({from} bis {to}), nur abgeschlossene Check-ins. Eine Gruppe mit weniger als {k} Antworten zeigt keine Zahlen; ein Bereich wird auch verborgen, wenn er durch Subtraktion eine kleinere Gruppe verraten würde.")
    String orgIntro(String from, String to, int k);

    @Override
    @Message("Gruppe")
    String group();

    @Override
    @Message("Antworten")
    String answers();

    @Override
    @Message("nicht gezeigt: würde eine kleinere Gruppe verraten")
    String differencing();

    @Override
    @Message("Dieser Link ist abgelaufen")
    String linkExpiredTitle();

    @Override
    @Message("Dashboard-Links gelten nur eine begrenzte Zeit. Öffnen Sie den Link in Ihrem letzten Digest oder Ihrer letzten Nachricht von pulsecheck.")
    String linkExpired();

    @Override
    @Message("Dieser Link ist ungültig")
    String linkInvalidTitle();

    @Override
    @Message("Der Link ist unvollständig oder wurde verändert. Öffnen Sie den Link in Ihrem letzten Digest oder Ihrer letzten Nachricht von pulsecheck.")
    String linkInvalid();

    @Override
    @Message("Bitte öffnen Sie Ihr Dashboard")
    String signInTitle();

    @Override
    @Message("Führungskräfte öffnen ihr Dashboard über den Link im wöchentlichen Digest oder in ihrer Nachricht vor dem Check-in. HR meldet sich mit dem Firmenkonto an.")
    String signIn();

    @Override
    @Message("Als HR anmelden")
    String hrSignIn();

    @Override
    @Message("Nicht Ihr Team")
    String forbiddenTitle();

    @Override
    @Message("Sie sehen nur die Teams, die Sie leiten.")
    String forbidden();

    @Override
    @Message("Sie sind abgemeldet")
    String signedOutTitle();

    @Override
    @Message("Ihre Sitzung auf diesem Gerät ist beendet.")
    String signedOut();

    @Override
    @Message("Seite nicht gefunden")
    String notFoundTitle();

    @Override
    @Message("Dieses Team gibt es nicht.")
    String notFound();

    @Override
    @Message("de")
    String lang();

    @Override
    @Message("Diese Anmeldung ist für HR-Administratoren. Führungskräfte öffnen ihr Dashboard über den Link in ihrem Digest.")
    String hrOnly();

    @Override
    @Message("Die HR-Anmeldung ist nicht eingerichtet")
    String hrSignInOffTitle();

    @Override
    @Message("Für diesen Dienst ist kein Identitätsanbieter für HR eingerichtet. Bitten Sie die Administration, die OpenID-Connect-Einstellungen zu setzen.")
    String hrSignInOff();

    @Override
    @Message("Stimme der Kundschaft")
    String customerVoice();

    @Override
    @Message("Die Kundenwerte der ISO-Woche jedes Check-ins, aus den eigenen Systemen Ihres Unternehmens. Sie werden nur Check-ins gegenübergestellt, deren Zahlen angezeigt werden.")
    String customerHint();

    @Override
    @Message("Für dieses Team liegen in diesen Wochen keine Kundensignale vor.")
    String customerNone();

    @Override
    @Message("Woche")
    String week();

    @Override
    @Message("nicht gegenübergestellt: die Zahlen dieses Check-ins werden nicht angezeigt")
    String notPaired();

    @Override
    @Message("Wie sich beide Stimmen gemeinsam bewegen")
    String relationships();

    @Override
    @Message("Zusammenhang, keine Ursache: Wenn sich zwei Signale über diese Check-ins gemeinsam bewegt haben, heißt das nicht, dass eines das andere verursacht hat. Ein Zusammenhang wird ab {min} gemeinsamen Check-ins gezeigt, und nur wenn sein 95-%-Intervall eng genug ist, um etwas auszusagen.")
    String associationNote(int min);

    @Override
    @Message("derselbe Check-in")
    String sameCycle();

    @Override
    @Message("ein Check-in später")
    String nextCycle();

    @Override
    @Message("r = {r}, 95-%-Intervall {low} bis {high}, {cycles} Check-ins")
    String correlation(String r, String low, String high, int cycles);

    @Override
    @Message("kein klarer Zusammenhang: das Intervall schließt null ein")
    String noClearAssociation();

    @Override
    @Message("nicht angezeigt: {cycles} von mindestens {min} gemeinsamen Check-ins")
    String notEnoughCycles(int cycles, int min);

    @Override
    @Message("nicht angezeigt: zu unsicher, das 95-%-Intervall ist zu breit")
    String intervalTooWide();

    @Override
    @Message("nicht angezeigt: eines der beiden hat sich nicht verändert")
    String noVariation();

    @Override
    @Message("Kundenwerte je Check-in")
    String customerWeeks();

    @Override
    @Message("Gespräche zu Kommentaren")
    String threads();

    @Override
    @Message("Wer diese Kommentare geschrieben hat, wünscht sich eine Antwort. Sie erfahren nie, wer einen geschrieben hat, und gelesen wird Ihre Antwort mit einem Code, den nur diese Person hat. Ihre Antworten erscheinen hier einmal am Tag, zusammen mit allen anderen dieses Tages.")
    String threadsHelp();

    @Override
    @Message("Check-in vom {date}")
    String threadOf(LocalDate date);

    @Override
    @Message("Führungskraft")
    String threadLeader();

    @Override
    @Message("Person, die kommentiert hat")
    String threadWriter();

    @Override
    @Message("Noch keine Antworten.")
    String threadEmpty();

    @Override
    @Message("Ihre Antwort")
    String threadReply();

    @Override
    @Message("Antwort senden")
    String threadSend();

    @Override
    @Message("Dieses Gespräch nimmt keine Nachrichten mehr an.")
    String threadClosed();

    @Override
    @Message("Bitte schreiben Sie zwischen 1 und 2.000 Zeichen.")
    String threadInvalid();

    @Override
    @Message("Dieses Gespräch hat die höchste Zahl an Nachrichten erreicht.")
    String threadFull();

    @Message("Neue Messreihe seit {date}: gefragt wurde {instrument} statt {previous}; Veränderungen vergleichen nur Check-ins mit demselben Fragebogen.")
    String newSeries(String date, String instrument, String previous);
}
