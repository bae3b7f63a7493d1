package io.pulsecheck.conversation;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/**
 * German wording of {@link ConversationMessages}. German texts address the reader with "Sie" everywhere (prompts,
 * replies, digests and the built-in question library alike); see docs/ARCHITECTURE.md, "Texts".
 */
@Localized("de")
public interface ConversationMessagesDe extends ConversationMessages {

    @Override
    @Message("Danke, Ihre Antwort ist anonym gespeichert.")
    String thanks();

    @Override
    @Message("Sie haben diesen Check-in schon beantwortet. Danke!")
    String alreadyAnswered();

    @Override
    @Message("Ich stelle Ihnen regelmäßig ein paar anonyme Fragen zu Ihrem Befinden. Befehle: help, pause [Tage oder Datum], stop, resume, language de|en. Antworten Sie mit der Zahl oder skip.")
    String help();

    @Override
    @Message("Check-ins sind bis {until} pausiert. Schöne Auszeit!")
    String paused(LocalDate until);

    @Override
    @Message("Sie werden nicht mehr gefragt. Schreiben Sie resume, um wieder teilzunehmen.")
    String stopped();

    @Override
    @Message("Willkommen zurück, Check-ins sind wieder aktiv.")
    String resumed();

    @Override
    @Message("Ab jetzt schreibe ich auf Deutsch.")
    String language();

    @Override
    @Message("Gerade ist kein Check-in für Sie offen. Schreiben Sie help für die Befehle.")
    String nothingOpen();

    @Override
    @Message("Das passt leider nicht als Antwort auf diese Frage.")
    String notUnderstood();

    @Override
    @Message("Frage {number} von {total}: {text}")
    String question(int number, int total, String text);

    @Override
    @Message("Antworten Sie mit {min} bis {max}, oder skip.")
    String scaleHint(int min, int max);

    @Override
    @Message("Antworten Sie mit einem von: {choices}, oder skip.")
    String choiceHint(String choices);

    @Override
    @Message("Antworten Sie in eigenen Worten, oder skip.")
    String textHint();

    @Override
    @Message("Möchten Sie Ihrer Teamleitung noch etwas anonym sagen? Schreiben Sie es jetzt, oder skip.")
    String comment();

    @Override
    @Message("Absenden")
    String submit();

    @Override
    @Message("Überspringen")
    String skip();

    @Override
    @Message("Ja")
    String yes();

    @Override
    @Message("Nein")
    String no();

    @Override
    @Message("Ich kenne Sie noch nicht; bitte lassen Sie sich von HR zu Ihrem Team hinzufügen.")
    String notOnRoster();
}
