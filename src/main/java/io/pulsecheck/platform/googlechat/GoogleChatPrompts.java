package io.pulsecheck.platform.googlechat;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.AnswerOption;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.LeaderActionLines;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.LeaderPromptText;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.PromptMessages;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;

/**
 * Check-in prompts as Chat API messages into the person's direct-message space: a {@code cardsV2} card with the
 * intro, the leaders' actions since the last check-in, every question as a selection input (free text as a text
 * input), a comment box and one Submit button, so the whole answer arrives in one {@code CARD_CLICKED} event.
 */
@ApplicationScoped
public class GoogleChatPrompts {

    /** The Submit button's function; its parameter {@link #CYCLE_PARAMETER} names the check-in. */
    static final String SUBMIT_FUNCTION = "pulse_submit";
    static final String CYCLE_PARAMETER = "cycle";
    static final String QUESTION_INPUT_PREFIX = "q:";
    static final String COMMENT_INPUT = "comment";
    /** Radio buttons up to this many options; longer scales become a dropdown. */
    private static final int MAX_RADIO_OPTIONS = 6;
    private static final int MAX_LABEL = 300;
    private static final int MAX_PARAGRAPH = 4000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    GoogleChatAppConfig config;

    /** The member's prompt; empty while the app cannot send or the member has not added it. */
    public Optional<OutboundMessage> prompt(PromptContent request) {
        if (!config.canSend()) {
            return Optional.empty();
        }
        return GoogleChatSpace.ofPerson(request.recipient().personId()).map(space -> new OutboundMessage(
                request.reminder() ? MessageKind.REMINDER : MessageKind.PROMPT, PlatformId.GOOGLE_CHAT,
                GoogleChatDestinations.api(space.spaceName), card(request), null, request.dedupKey()));
    }

    /** The leader's reassurance prompt as a text message in their direct-message space. */
    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent request) {
        if (!config.canSend()) {
            return Optional.empty();
        }
        PromptMessages messages = ChatPlatforms.messages(request.leader().locale());
        ObjectNode payload = JSON.objectNode().put("text", GoogleChatText.truncate(
                GoogleChatText.plain(LeaderPromptText.markdown(request, messages, "\u2022 ")), GoogleChatLimits.MESSAGE_TEXT));
        return GoogleChatSpace.ofPerson(request.leader().personId()).map(space -> new OutboundMessage(
                MessageKind.LEADER_PROMPT, PlatformId.GOOGLE_CHAT, GoogleChatDestinations.api(space.spaceName),
                payload, null, request.dedupKey()));
    }

    static ObjectNode card(PromptContent request) {
        String locale = request.recipient().locale();
        PromptMessages messages = ChatPlatforms.messages(locale);
        String intro = request.reminder() ? messages.reminderIntro(request.teamName()) : messages.intro(request.teamName());
        ObjectNode payload = JSON.objectNode();
        payload.put("text", GoogleChatText.plain(intro));
        ObjectNode wrapper = payload.putArray("cardsV2").addObject();
        wrapper.put("cardId", "pulse-" + request.cycleId());
        ArrayNode sections = wrapper.putObject("card").putArray("sections");

        ArrayNode head = sections.addObject().putArray("widgets");
        paragraph(head, GoogleChatText.card(intro));
        for (String chunk : LeaderActionLines.chunks(request.leaderActions(), messages, "\u2022 ",
                GoogleChatText::escape, MAX_PARAGRAPH)) {
            paragraph(head, chunk.replace("\n", "<br>"));
        }

        ArrayNode questions = sections.addObject().putArray("widgets");
        for (Question question : request.questions()) {
            questions.add(input(question, locale, messages));
        }

        ArrayNode end = sections.addObject().putArray("widgets");
        end.addObject().putObject("textInput").put("name", COMMENT_INPUT)
                .put("label", GoogleChatText.truncate(messages.commentLabel(), MAX_LABEL))
                .put("type", "MULTIPLE_LINE");
        ObjectNode action = end.addObject().putObject("buttonList").putArray("buttons").addObject()
                .put("text", messages.submit()).putObject("onClick").putObject("action");
        action.put("function", SUBMIT_FUNCTION);
        action.putArray("parameters").addObject().put("key", CYCLE_PARAMETER).put("value", request.cycleId().toString());
        return payload;
    }

    private static ObjectNode input(Question question, String locale, PromptMessages messages) {
        ObjectNode widget = JSON.objectNode();
        String label = GoogleChatText.truncate(question.textIn(locale), MAX_LABEL);
        String name = QUESTION_INPUT_PREFIX + question.id;
        if (question.type == QuestionType.FREE_TEXT) {
            widget.putObject("textInput").put("name", name).put("label", label).put("type", "MULTIPLE_LINE");
            return widget;
        }
        List<AnswerOption> options = AnswerOption.of(question, locale, messages);
        ObjectNode selection = widget.putObject("selectionInput");
        selection.put("name", name).put("label", label)
                .put("type", options.size() <= MAX_RADIO_OPTIONS ? "RADIO_BUTTON" : "DROPDOWN");
        ArrayNode items = selection.putArray("items");
        for (AnswerOption option : options) {
            items.addObject().put("text", GoogleChatText.truncate(option.label(), MAX_LABEL))
                    .put("value", option.value()).put("selected", false);
        }
        return widget;
    }

    private static void paragraph(ArrayNode widgets, String html) {
        widgets.addObject().putObject("textParagraph").put("text", html);
    }
}
