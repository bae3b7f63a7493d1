package io.pulsecheck.platform.teams;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.AnswerOption;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.LeaderActionLines;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.LeaderPromptText;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.PromptMessages;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;
import io.pulsecheck.responses.AnswerValue;

/**
 * The check-in as a Teams bot message: an Adaptive Card (version 1.5, which Teams renders) with the intro, the
 * leaders' actions since the last check-in, every question as an optional input, a comment box and one Submit, so
 * the whole answer arrives in one activity (docs/TEAMS.md). The card carries the cycle id only, never a person.
 */
final class TeamsPrompts {

    static final String SUBMIT_MARKER = "pulsecheck";
    static final String SUBMIT_VALUE = "submit";
    static final String CYCLE_FIELD = "cycle";
    static final String QUESTION_PREFIX = "q:";
    static final String COMMENT_INPUT = "comment";
    static final String CARD_VERSION = "1.5";

    /** Up to this many options show as radio buttons; longer scales become a drop-down. */
    private static final int MAX_EXPANDED_OPTIONS = 6;
    private static final int MAX_ACTION_TEXT = 2000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TeamsPrompts() {
    }

    static ObjectNode prompt(PromptContent request) {
        String locale = request.recipient().locale();
        PromptMessages messages = ChatPlatforms.messages(locale);
        String intro = request.reminder() ? messages.reminderIntro(request.teamName())
                : messages.intro(request.teamName());
        ObjectNode card = card();
        ArrayNode body = card.withArray("body");
        body.addObject().put("type", "TextBlock").put("text", TeamsText.escape(intro)).put("weight", "Bolder")
                .put("wrap", true);
        for (String chunk : LeaderActionLines.chunks(request.leaderActions(), messages, "- ", TeamsText::escape,
                MAX_ACTION_TEXT)) {
            body.addObject().put("type", "TextBlock").put("text", chunk.replace("\n", "\n\n")).put("wrap", true);
        }
        for (Question question : request.questions()) {
            body.add(input(question, locale, messages));
        }
        body.addObject().put("type", "Input.Text").put("id", COMMENT_INPUT).put("label", messages.commentLabel())
                .put("isMultiline", true).put("maxLength", AnswerValue.MAX_TEXT_LENGTH);
        ObjectNode submit = card.putArray("actions").addObject();
        submit.put("type", "Action.Submit").put("title", messages.submit());
        submit.putObject("data").put(SUBMIT_MARKER, SUBMIT_VALUE).put(CYCLE_FIELD, request.cycleId().toString());
        return message(card, intro);
    }

    static ObjectNode leaderPrompt(LeaderPromptContent request) {
        PromptMessages messages = ChatPlatforms.messages(request.leader().locale());
        String text = LeaderPromptText.markdown(request, messages, "- ");
        ObjectNode card = card();
        card.withArray("body").addObject().put("type", "TextBlock").put("text", text.replace("\n", "\n\n"))
                .put("wrap", true);
        return message(card, messages.leaderIntro(request.teamName(), request.cycleDate().toString()));
    }

    /** The card after the answer: what became of it, with no trace of the answers. */
    static ObjectNode answered(String activityId, String text) {
        ObjectNode card = card();
        card.withArray("body").addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
        ObjectNode message = message(card, text);
        message.put("id", activityId);
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
