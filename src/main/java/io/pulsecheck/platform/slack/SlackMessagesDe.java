package io.pulsecheck.platform.slack;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link SlackMessages}, addressing the reader with "Sie" (docs/ARCHITECTURE.md, "Texts"). */
@Localized("de")
public interface SlackMessagesDe extends SlackMessages {

    @Override
    @Message("Ihr pulsecheck")
    String homeTitle();

    @Override
    @Message("*Status:* Sie nehmen an den Check-ins teil")
    String statusActive();

    @Override
    @Message("*Status:* pausiert bis {until}")
    String statusPaused(String until);

    @Override
    @Message("*Status:* beendet: Sie erhalten keine Check-ins, bis Sie fortsetzen")
    String statusStopped();

    @Override
    @Message("*Sprache:* Deutsch")
    String language();

    @Override
    @Message("{days} Tage pausieren")
    String pauseButton(int days);

    @Override
    @Message("Fortsetzen")
    String resumeButton();

    @Override
    @Message("Check-ins beenden")
    String stopButton();

    @Override
    @Message("In English")
    String otherLanguageButton();

    @Override
    @Message("Was wir über Sie speichern")
    String storedTitle();

    @Override
    @Message("• Ihren Namen, Ihre E-Mail-Adresse, Ihre Slack-Mitglieds-ID, Sprache und Zeitzone sowie Ihre Teams: damit wir Sie fragen können.\n• Ob Sie den offenen Check-in beantwortet haben, bis er schließt: damit Sie keine Erinnerung erhalten. Danach wird es gelöscht.\n• Ihre Antworten werden ohne Ihren Namen und ohne jede ID gespeichert, mit denen Ihres Teams gemischt und Führungskräften nur als Teamergebnis von mindestens {k} Personen gezeigt. Wir können Ihnen Ihre Antworten nicht zeigen, weil nichts sie mit Ihnen verbindet.")
    String stored(int k);

    @Override
    @Message("Sie stehen auf keiner pulsecheck-Liste. Bitten Sie Ihr HR-Team, Sie mit Ihrer Slack-E-Mail-Adresse aufzunehmen.")
    String notOnRoster();

    @Override
    @Message("Meine Führungskraft darf antworten, anonym")
    String replyOptIn();

    @Override
    @Message("Ihr Antwortcode, nur hier in Ihrem Chat: `{code}`\nMit ihm können Sie unter {url} die Antworten Ihrer Führungskraft auf Ihren Kommentar lesen und erwidern, sobald der Check-in geschlossen ist und die Kommentare gezeigt werden. Ihre Führungskraft erfährt nie, wer den Kommentar geschrieben hat. Wenn Sie den Code verlieren, kann ihn niemand wiederherstellen oder Ihr Gespräch finden: Wir können nicht wissen, welcher Kommentar Ihrer ist.")
    String replyCode(String code, String url);
}
