package io.pulsecheck.platform;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** German wording of {@link PromptMessages}. */
@Localized("de")
public interface PromptMessagesDe extends PromptMessages {

    @Override
    @Message("Zeit für deinen Check-in mit *{team}*. Er dauert eine Minute und bleibt anonym: deine Führungskräfte sehen nur Gruppenergebnisse.")
    String intro(String team);

    @Override
    @Message("Eine freundliche Erinnerung: dein Check-in mit *{team}* ist noch offen. Er dauert eine Minute und bleibt anonym.")
    String reminderIntro(String team);

    @Override
    @Message("Frage {number} von {total}")
    String questionOf(int number, int total);

    @Override
    @Message("Möchtest du noch etwas sagen? (optional)")
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
    @Message("Antworte mit einer Nachricht, um in eigenen Worten zu antworten.")
    String replyInWords();

    @Override
    @Message("*Ihr habt es gesagt, wir haben gehandelt.* Seit eurem letzten Check-in:")
    String leaderActionsHeading();

    @Override
    @Message("Dein Team *{team}* bekommt seinen Check-in am {date}. Gefragt wird:")
    String leaderIntro(String team, String date);

    @Override
    @Message("Ein Vorschlag: Teile vor dem Check-in, was du über aktuelle Veränderungen weißt, auch wenn es unvollständig ist, und lade zu Fragen ein, zum Beispiel in einer offenen Fragerunde. Wer sich gehört fühlt, antwortet ehrlich.")
    String leaderSuggestion();
}
