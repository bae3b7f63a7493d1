package io.pulsecheck.platform.googlechat;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.AnswerOption;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.ListFit;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.PromptMessages;
import io.pulsecheck.platform.ShownOfMessages;
import io.pulsecheck.platform.TextFit;
import io.pulsecheck.platform.WireSize;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;

/**
 * Check-in prompts as Chat API messages into the person's direct-message space: a {@code cardsV2} card with the
 * intro, the leaders' actions since the last check-in, every question as a selection input (free text as a text
 * input), a comment box, a checkbox asking for anonymous replies to the comment and one Submit button, so the whole answer arrives in one {@code CARD_CLICKED} event. The
 * card stays within {@link GoogleChatLimits}: what does not fit is counted, never refused.
 */
@ApplicationScoped
public class GoogleChatPrompts {

    /** The Submit button's function; its parameter {@link #CYCLE_PARAMETER} names the check-in. */
    static final String SUBMIT_FUNCTION = "pulse_submit";
    static final String CYCLE_PARAMETER = "cycle";
    static final String QUESTION_INPUT_PREFIX = "q:";
    static final String COMMENT_INPUT = "comment";
    /** The checkbox under the comment asking for replies to it, and the value of its one item. */
    static final String REPLIES_INPUT = "replies";
    static final String REPLIES_WANTED = "wanted";
    /** Radio buttons up to this many options; longer scales become a dropdown. */
    private static final int MAX_RADIO_OPTIONS = 6;
    private static final int MAX_LABEL = 300;
    private static final int MAX_PARAGRAPH = 4000;
    /** The shortest paragraph the leaders' actions shrink to: the heading and the count of the rest. */
    private static final int MIN_ACTION_CHARS = 200;
    private static final String BULLET = "\u2022 ";
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
        ObjectNode payload = leaderText(request);
        return GoogleChatSpace.ofPerson(request.leader().personId()).map(space -> new OutboundMessage(
                MessageKind.LEADER_PROMPT, PlatformId.GOOGLE_CHAT, GoogleChatDestinations.api(space.spaceName),
                payload, null, request.dedupKey()));
    }

    /**
     * The leader prompt's text: the intro (the team name in bold), the questions as bullets and the suggestion;
     * questions beyond the text limit are counted, not sent.
     */
    static ObjectNode leaderText(LeaderPromptContent request) {
        String locale = request.leader().locale();
        PromptMessages messages = ChatPlatforms.messages(locale);
        ShownOfMessages counts = UserLocale.bundle(ShownOfMessages.class, locale);
        String intro = GoogleChatText.text(team -> messages.leaderIntro(team, request.cycleDate().toString()),
                request.teamName());
        List<String> lines = request.questions().stream()
                .map(q -> BULLET + GoogleChatText.plain(TextFit.oneLine(q.textIn(locale)))).toList();
        String suggestion = messages.leaderSuggestion();
        ListFit.Packed packed = ListFit.pack(intro, lines, GoogleChatLimits.MESSAGE_TEXT - suggestion.length() - 2, 1,
                counts::more);
        return JSON.objectNode().put("text", packed.chunks().get(0) + "\n\n" + suggestion);
    }

    /**
     * The prompt card within {@link GoogleChatLimits#MESSAGE_BYTES} as {@link WireSize} measures it. Long texts of
     * the leaders' actions give way first (shorter paragraphs, the rest counted), then questions from the end of the
     * rotation, and the intro says how many of them it shows: a prompt is never refused by Google for its size.
     */
    static ObjectNode card(PromptContent request) {
        int asked = Math.min(request.questions().size(), GoogleChatLimits.PROMPT_QUESTIONS);
        int actionChars = MAX_PARAGRAPH;
        ObjectNode body = render(request, asked, actionChars);
        while (WireSize.bytes(body) > GoogleChatLimits.MESSAGE_BYTES && (actionChars > MIN_ACTION_CHARS || asked > 1)) {
            if (actionChars > MIN_ACTION_CHARS && !request.leaderActions().isEmpty()) {
                actionChars = Math.max(MIN_ACTION_CHARS, actionChars / 2);
            } else {
                actionChars = MIN_ACTION_CHARS;
                asked--;
            }
            body = render(request, asked, actionChars);
        }
        return body;
    }

    private static ObjectNode render(PromptContent request, int asked, int actionChars) {
        String locale = request.recipient().locale();
        PromptMessages messages = ChatPlatforms.messages(locale);
        ShownOfMessages counts = UserLocale.bundle(ShownOfMessages.class, locale);
        UnaryOperator<String> intro = request.reminder() ? messages::reminderIntro : messages::intro;
        List<Question> questions = request.questions();
        ObjectNode payload = JSON.objectNode();
        payload.put("text", GoogleChatText.truncate(GoogleChatText.text(intro, request.teamName()),
                GoogleChatLimits.MESSAGE_TEXT));
        ObjectNode wrapper = payload.putArray("cardsV2").addObject();
        wrapper.put("cardId", "pulse-" + request.cycleId());
        ArrayNode sections = wrapper.putObject("card").putArray("sections");

        ArrayNode head = sections.addObject().putArray("widgets");
        String introHtml = GoogleChatText.card(intro, request.teamName());
        if (asked < questions.size()) {
            introHtml = introHtml + " (" + GoogleChatText.escape(counts.shownOf(asked, questions.size())) + ")";
        }
        paragraph(head, introHtml);
        if (!request.leaderActions().isEmpty()) {
            List<String> lines = request.leaderActions().stream()
                    .map(a -> BULLET + GoogleChatText.escape(TextFit.oneLine(a.text()))).toList();
            ListFit.pack(GoogleChatText.card(messages.leaderActionsHeading()), lines, actionChars,
                    GoogleChatLimits.PROMPT_ACTION_PARAGRAPHS, count -> GoogleChatText.escape(counts.more(count)))
                    .chunks().forEach(chunk -> paragraph(head, chunk.replace("\n", "<br>")));
        }

        ArrayNode inputs = sections.addObject().putArray("widgets");
        for (Question question : questions.subList(0, asked)) {
            inputs.add(input(question, locale, messages));
        }

        ArrayNode end = sections.addObject().putArray("widgets");
        end.addObject().putObject("textInput").put("name", COMMENT_INPUT)
                .put("label", GoogleChatText.truncate(messages.commentLabel(), MAX_LABEL))
                .put("type", "MULTIPLE_LINE");
        GoogleChatMessages own = UserLocale.bundle(GoogleChatMessages.class, locale);
        ObjectNode replies = end.addObject().putObject("selectionInput").put("name", REPLIES_INPUT)
                .put("label", own.replyOptInLabel()).put("type", "CHECK_BOX");
        replies.putArray("items").addObject().put("text", own.replyOptIn()).put("value", REPLIES_WANTED)
                .put("selected", false);
        ObjectNode action = end.addObject().putObject("buttonList").putArray("buttons").addObject()
                .put("text", messages.submit()).putObject("onClick").putObject("action");
        action.put("function", SUBMIT_FUNCTION);
        action.putArray("parameters").addObject().put("key", CYCLE_PARAMETER).put("value", request.cycleId().toString());
        return payload;
    }

    private static ObjectNode input(Question question, String locale, PromptMessages messages) {
        ObjectNode widget = JSON.objectNode();
        String label = GoogleChatText.truncate(TextFit.oneLine(question.textIn(locale)), MAX_LABEL);
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
        for (AnswerOption option : options.subList(0, Math.min(options.size(), GoogleChatLimits.SELECTION_ITEMS))) {
            items.addObject().put("text", GoogleChatText.truncate(TextFit.oneLine(option.label()), MAX_LABEL))
                    .put("value", option.value()).put("selected", false);
        }
        return widget;
    }

    private static void paragraph(ArrayNode widgets, String html) {
        widgets.addObject().putObject("textParagraph").put("text", html);
    }
}
