package io.pulsecheck.platform;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/**
 * German wording of {@link PromptMessages}. German texts address the reader with "Sie" everywhere (prompts, replies,
 * digests and the built-in question library alike); see docs/ARCHITECTURE.md, "Texts".
 */
@Localized("de")
public interface PromptMessagesDe extends PromptMessages {

    @Override
    @Message("Zeit für Ihren Check-in mit *{team}*. Er dauert eine Minute und bleibt anonym: Ihre Führungskräfte sehen nur Gruppenergebnisse.")
    String intro(String team);

    @Override
    @Message("Eine freundliche Erinnerung: Ihr Check-in mit *{team}* ist noch offen. Er dauert eine Minute und bleibt anonym.")
    String reminderIntro(String team);

    @Override
    @Message("Ihren Führungskolleginnen und -kollegen")
    String fellowLeaders();

    @Override
    @Message("Frage {number} von {total}")
    String questionOf(int number, int total);

    @Override
    @Message("Möchten Sie noch etwas sagen? (optional)")
    String commentLabel();

    @Override
    @Message("Absenden")
    String submit();

    @Override
    @Message("Auswählen")
    String choose();

    @Override
    @Message("Ja")
    String yes();

    @Override
    @Message("Nein")
    String no();

    @Override
    @Message("Überspringen")
    String skip();

    @Override
    @Message("Antworten Sie mit einer Nachricht, um in eigenen Worten zu antworten.")
    String replyInWords();

    @Override
    @Message("*Sie haben es uns gesagt, wir haben gehandelt.* Seit Ihrem letzten Check-in:")
    String leaderActionsHeading();

    @Override
    @Message("Ihr Team *{team}* bekommt seinen Check-in am {date}. Gefragt wird:")
    String leaderIntro(String team, String date);

    @Override
    @Message("Ein Vorschlag: Teilen Sie vor dem Check-in mit, was Sie über aktuelle Veränderungen wissen, auch wenn es unvollständig ist, und laden Sie zu Fragen ein, zum Beispiel in einer offenen Fragerunde. Wer sich gehört fühlt, antwortet ehrlich.")
    String leaderSuggestion();

    @Override
    @Message("Ihr Dashboard öffnen")
    String openDashboard();
}
