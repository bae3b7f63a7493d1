package io.pulsecheck.conversation;

import java.util.Map;

/** What the service says to employees in chat, in English and German. No message ever repeats an answer value. */
public final class Messages {

    public static final String THANKS = "thanks";
    public static final String ALREADY_ANSWERED = "already_answered";
    public static final String HELP = "help";
    public static final String PAUSED = "paused";
    public static final String STOPPED = "stopped";
    public static final String RESUMED = "resumed";
    public static final String LANGUAGE = "language";
    public static final String NOTHING_OPEN = "nothing_open";
    public static final String NOT_UNDERSTOOD = "not_understood";
    public static final String QUESTION = "question";
    public static final String SCALE_HINT = "scale_hint";
    public static final String CHOICE_HINT = "choice_hint";
    public static final String TEXT_HINT = "text_hint";
    public static final String TEXT_BUTTONS_HINT = "text_buttons_hint";
    public static final String COMMENT = "comment";
    public static final String COMMENT_BUTTONS = "comment_buttons";
    public static final String SUBMIT = "submit";
    public static final String SKIP = "skip";
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String NOT_ON_ROSTER = "not_on_roster";

    private static final Map<String, Map<String, String>> TEXTS = Map.ofEntries(
            Map.entry(THANKS, Map.of(
                    "en", "Thanks, your answer is recorded anonymously.",
                    "de", "Danke, deine Antwort ist anonym gespeichert.")),
            Map.entry(ALREADY_ANSWERED, Map.of(
                    "en", "You have already answered this check-in. Thank you!",
                    "de", "Du hast diesen Check-in schon beantwortet. Danke!")),
            Map.entry(HELP, Map.of(
                    "en", "I ask a few anonymous questions about how you are doing. Commands: help, pause [days or "
                            + "date], stop, resume, language de|en. Answer a question with its number, or skip.",
                    "de", "Ich stelle dir regelmäßig ein paar anonyme Fragen zu deinem Befinden. Befehle: help, "
                            + "pause [Tage oder Datum], stop, resume, language de|en. Antworte mit der Zahl oder skip.")),
            Map.entry(PAUSED, Map.of(
                    "en", "Check-ins are paused until %s. Enjoy your time off!",
                    "de", "Check-ins sind bis %s pausiert. Schöne Auszeit!")),
            Map.entry(STOPPED, Map.of(
                    "en", "You will not be asked any more. Send resume to take part again.",
                    "de", "Du wirst nicht mehr gefragt. Schreib resume, um wieder teilzunehmen.")),
            Map.entry(RESUMED, Map.of(
                    "en", "Welcome back, check-ins are on again.",
                    "de", "Willkommen zurück, Check-ins sind wieder aktiv.")),
            Map.entry(LANGUAGE, Map.of(
                    "en", "From now on I write in English.",
                    "de", "Ab jetzt schreibe ich auf Deutsch.")),
            Map.entry(NOTHING_OPEN, Map.of(
                    "en", "There is no open check-in for you right now. Send help for the commands.",
                    "de", "Gerade ist kein Check-in für dich offen. Schreib help für die Befehle.")),
            Map.entry(NOT_UNDERSTOOD, Map.of(
                    "en", "Sorry, that is not an answer to this question.",
                    "de", "Das passt leider nicht als Antwort auf diese Frage.")),
            Map.entry(QUESTION, Map.of(
                    "en", "Question %d of %d: %s",
                    "de", "Frage %d von %d: %s")),
            Map.entry(SCALE_HINT, Map.of(
                    "en", "Answer %d to %d, or skip.",
                    "de", "Antworte mit %d bis %d, oder skip.")),
            Map.entry(CHOICE_HINT, Map.of(
                    "en", "Answer with one of: %s, or skip.",
                    "de", "Antworte mit einem von: %s, oder skip.")),
            Map.entry(TEXT_HINT, Map.of(
                    "en", "Answer in your own words, or skip.",
                    "de", "Antworte in eigenen Worten, oder skip.")),
            Map.entry(TEXT_BUTTONS_HINT, Map.of(
                    "en", "Send /pulse followed by your answer, or press Skip.",
                    "de", "Sende /pulse gefolgt von deiner Antwort, oder drücke Überspringen.")),
            Map.entry(COMMENT, Map.of(
                    "en", "Anything else you want to tell your team lead anonymously? Write it now, or skip.",
                    "de", "Möchtest du deiner Teamleitung noch etwas anonym sagen? Schreib es jetzt, oder skip.")),
            Map.entry(COMMENT_BUTTONS, Map.of(
                    "en", "Anything else you want to tell your team lead anonymously? Send /pulse followed by your "
                            + "comment, or press Submit.",
                    "de", "Möchtest du deiner Teamleitung noch etwas anonym sagen? Sende /pulse gefolgt von deinem "
                            + "Kommentar, oder drücke Absenden.")),
            Map.entry(SUBMIT, Map.of("en", "Submit", "de", "Absenden")),
            Map.entry(SKIP, Map.of("en", "Skip", "de", "Überspringen")),
            Map.entry(YES, Map.of("en", "Yes", "de", "Ja")),
            Map.entry(NO, Map.of("en", "No", "de", "Nein")),
            Map.entry(NOT_ON_ROSTER, Map.of(
                    "en", "I do not know you yet; please ask HR to add you to your team.",
                    "de", "Ich kenne dich noch nicht; bitte lass dich von HR zu deinem Team hinzufügen.")));

    private Messages() {
    }

    public static String get(String key, String locale, Object... args) {
        Map<String, String> byLocale = TEXTS.get(key);
        String text = byLocale.getOrDefault(locale == null ? "en" : locale, byLocale.get("en"));
        return args.length == 0 ? text : String.format(text, args);
    }
}
