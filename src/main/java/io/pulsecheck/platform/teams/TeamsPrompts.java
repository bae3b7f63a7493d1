package io.pulsecheck.platform.teams;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.platform.AnswerOption;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.ListFit;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.PromptMessages;
import io.pulsecheck.platform.ShownOfMessages;
import io.pulsecheck.platform.TextFit;
import io.pulsecheck.platform.WireSize;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;
import io.pulsecheck.responses.AnswerValue;

/**
 * The check-in as a Teams bot message: an Adaptive Card (version 1.5, which Teams renders) with the intro, the
 * leaders' actions since the last check-in, every question as an optional input, a comment box, a toggle asking for
 * anonymous replies to the comment and one Submit, so
 * the whole answer arrives in one activity (docs/TEAMS.md). The card carries the cycle id only, never a person.
 */
final class TeamsPrompts {

    static final String SUBMIT_MARKER = "pulsecheck";
    static final String SUBMIT_VALUE = "submit";
    static final String CYCLE_FIELD = "cycle";
    static final String QUESTION_PREFIX = "q:";
    static final String COMMENT_INPUT = "comment";
    /** The toggle under the comment asking for replies to it, and its value when on. */
    static final String REPLIES_INPUT = "replies";
    static final String REPLIES_WANTED = "wanted";
    private static final String REPLIES_NOT_WANTED = "no";
    static final String CARD_VERSION = "1.5";

    /** Up to this many options show as radio buttons; longer scales become a drop-down. */
    private static final int MAX_EXPANDED_OPTIONS = 6;
    private static final String BULLET = "- ";
    /** Characters of leaders' actions tried in turn until the card fits Teams' message size. */
    private static final int[] ACTION_BUDGETS = {8000, 4000, 2000, 1000, 300};
    /** Characters of the leader prompt's question list tried in turn until the card fits. */
    private static final int[] QUESTION_BUDGETS = {20_000, 12_000, 8000, 4000, 2000};
    private static final int MAX_SUGGESTION_TEXT = 4000;
    private static final int MAX_SUMMARY_TEXT = 250;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TeamsPrompts() {
    }

    /**
     * The member's prompt. Leaders' actions give way first when the card would pass Teams' message size: their list is
     * shortened, with a line saying how many more there are, until the card fits.
     */
    static ObjectNode prompt(PromptContent request) {
        ObjectNode message = null;
        for (int actionChars : ACTION_BUDGETS) {
            message = prompt(request, actionChars);
            if (WireSize.bytes(message) <= TeamsLimits.MESSAGE_BYTES) {
                return message;
            }
        }
        return message;
    }

    private static ObjectNode prompt(PromptContent request, int actionChars) {
        String locale = request.recipient().locale();
        PromptMessages messages = ChatPlatforms.messages(locale);
        String team = TeamsText.escape(request.teamName());
        String intro = request.reminder() ? messages.reminderIntro(team) : messages.intro(team);
        ObjectNode card = card();
        ArrayNode body = card.withArray("body");
        body.addObject().put("type", "TextBlock").put("text", intro).put("weight", "Bolder").put("wrap", true);
        if (!request.leaderActions().isEmpty()) {
            List<String> lines = request.leaderActions().stream()
                    .map(action -> BULLET + TeamsText.escape(TextFit.oneLine(action.text()))).toList();
            ListFit.Packed actions = ListFit.pack(messages.leaderActionsHeading(), lines, actionChars, 1,
                    count -> TeamsText.escape(counts(locale).more(count)));
            body.addObject().put("type", "TextBlock").put("text", actions.chunks().get(0).replace("\n", "\n\n"))
                    .put("wrap", true);
        }
        for (Question question : request.questions()) {
            body.add(input(question, locale, messages));
        }
        body.addObject().put("type", "Input.Text").put("id", COMMENT_INPUT).put("label", messages.commentLabel())
                .put("isMultiline", true).put("maxLength", AnswerValue.MAX_TEXT_LENGTH);
        body.addObject().put("type", "Input.Toggle").put("id", REPLIES_INPUT)
                .put("title", UserLocale.bundle(TeamsMessages.class, locale).replyOptIn())
                .put("valueOn", REPLIES_WANTED).put("valueOff", REPLIES_NOT_WANTED).put("value", REPLIES_NOT_WANTED);
        ObjectNode submit = card.putArray("actions").addObject();
        submit.put("type", "Action.Submit").put("title", messages.submit());
        submit.putObject("data").put(SUBMIT_MARKER, SUBMIT_VALUE).put(CYCLE_FIELD, request.cycleId().toString());
        return message(card, summary(intro));
    }

    /**
     * The leader's pre-brief: the intro, the team's questions as bullets, the suggestion and the dashboard link. People's
     * text (team name, questions, HR's catalogue entries) is escaped; questions beyond Teams' message size are counted,
     * not sent.
     */
    static ObjectNode leaderPrompt(LeaderPromptContent request) {
        ObjectNode message = null;
        for (int questionChars : QUESTION_BUDGETS) {
            message = leaderPrompt(request, questionChars);
            if (WireSize.bytes(message) <= TeamsLimits.MESSAGE_BYTES) {
                return message;
            }
        }
        return message;
    }

    private static ObjectNode leaderPrompt(LeaderPromptContent request, int questionChars) {
        String locale = request.leader().locale();
        PromptMessages messages = ChatPlatforms.messages(locale);
        String intro = messages.leaderIntro(TeamsText.escape(request.teamName()), request.cycleDate().toString());
        List<String> lines = request.questions().stream()
                .map(question -> BULLET + TeamsText.escape(TextFit.oneLine(question.textIn(locale)))).toList();
        ListFit.Packed questions = ListFit.pack(intro, lines, questionChars, 1,
                count -> TeamsText.escape(counts(locale).more(count)));
        ObjectNode card = card();
        ArrayNode body = card.withArray("body");
        body.addObject().put("type", "TextBlock").put("text", questions.chunks().get(0).replace("\n", "\n\n"))
                .put("wrap", true);
        String suggestion = TextFit.truncate(TeamsText.escape(request.suggestion(messages)), MAX_SUGGESTION_TEXT);
        body.addObject().put("type", "TextBlock").put("text", suggestion.replace("\n", "\n\n")).put("wrap", true);
        if (request.dashboard() != null) {
            card.putArray("actions").addObject().put("type", "Action.OpenUrl")
                    .put("title", request.dashboard().label()).put("url", request.dashboard().url());
        }
        return message(card, summary(messages.leaderIntro(request.teamName(), request.cycleDate().toString())));
    }

    /** Notifications show the summary as plain text: no markup, and short. */
    private static String summary(String text) {
        return TextFit.truncate(text.replace("*", ""), MAX_SUMMARY_TEXT);
    }

    private static ShownOfMessages counts(String locale) {
        return UserLocale.bundle(ShownOfMessages.class, locale);
    }

    /** The card after the answer: what became of it, with no trace of the answers. */
    static ObjectNode answered(String activityId, String text) {
        ObjectNode card = card();
        card.withArray("body").addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
        ObjectNode message = message(card, text);
        message.put("id", activityId);
        return message;
    }

    /**
     * The card after an answer whose writer asked for replies: the thank-you and their reply code. The code is a text
     * run of its own in monospace, never markdown, so it shows exactly as it must be typed. Replaces the activity when
     * {@code activityId} is given, else is sent as a new message.
     */
    static ObjectNode answeredWithCode(String activityId, String thanks, String code, String codeText) {
        ObjectNode card = card();
        ArrayNode body = card.withArray("body");
        body.addObject().put("type", "TextBlock").put("text", thanks).put("wrap", true);
        ArrayNode inlines = body.addObject().put("type", "RichTextBlock").putArray("inlines");
        String marked = "`" + code + "`";
        int at = codeText.indexOf(marked);
        String before = at < 0 ? codeText : codeText.substring(0, at);
        String after = at < 0 ? "" : codeText.substring(at + marked.length());
        inlines.addObject().put("type", "TextRun").put("text", before);
        inlines.addObject().put("type", "TextRun").put("text", code).put("fontType", "Monospace")
                .put("weight", "Bolder");
        if (!after.isEmpty()) {
            inlines.addObject().put("type", "TextRun").put("text", after);
        }
        ObjectNode message = message(card, thanks);
        if (activityId != null) {
            message.put("id", activityId);
        }
        return message;
    }

    /** A plain text message (command replies, the welcome). */
    static ObjectNode text(String text) {
        return JSON.objectNode().put("type", "message").put("textFormat", "plain").put("text", text);
    }

    private static ObjectNode input(Question question, String locale, PromptMessages messages) {
        ObjectNode input = JSON.objectNode();
        input.put("id", QUESTION_PREFIX + question.id).put("label", question.textIn(locale)).put("isRequired", false);
        if (question.type == QuestionType.FREE_TEXT) {
            return input.put("type", "Input.Text").put("isMultiline", true)
                    .put("maxLength", AnswerValue.MAX_TEXT_LENGTH);
        }
        List<AnswerOption> options = AnswerOption.of(question, locale, messages);
        input.put("type", "Input.ChoiceSet")
                .put("style", options.size() <= MAX_EXPANDED_OPTIONS ? "expanded" : "compact")
                .put("isMultiSelect", false).put("placeholder", messages.choose());
        ArrayNode choices = input.putArray("choices");
        options.forEach(option -> choices.addObject().put("title", option.label()).put("value", option.value()));
        return input;
    }

    private static ObjectNode card() {
        ObjectNode card = JSON.objectNode();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard").put("version", CARD_VERSION);
        card.putArray("body");
        return card;
    }

    /** A bot message carrying one card; the summary is what notifications show. */
    private static ObjectNode message(ObjectNode card, String summary) {
        ObjectNode message = JSON.objectNode();
        message.put("type", "message").put("summary", summary);
        ObjectNode attachment = message.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.set("content", card);
        return message;
    }
}
