package io.pulsecheck.platform.slack;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.AnswerOption;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.LeaderActionLines;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.WebLink;
import io.pulsecheck.platform.LeaderPromptText;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.PromptMessages;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;

/**
 * Slack Block Kit direct messages: the intro, the leaders' actions since the last check-in ("you said, we did"), every
 * question of the pulse as an optional input block, a comment box and one Submit button, so the whole answer arrives
 * in one interaction (docs/CHAT-INTERACTIONS.md).
 */
@ApplicationScoped
public class SlackPrompts {

    /** Radio buttons hold at most this many options; longer scales become a select. */
    private static final int MAX_RADIO_OPTIONS = 10;
    private static final int MAX_OPTION_TEXT = 75;
    private static final int MAX_LABEL_TEXT = 2000;
    private static final int MAX_SECTION_TEXT = 3000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    DeliveryConfig config;

    public Optional<OutboundMessage> prompt(PromptContent request) {
        ChatRecipient recipient = request.recipient();
        PromptMessages messages = ChatPlatforms.messages(recipient.locale());
        String intro = request.reminder() ? messages.reminderIntro(request.teamName()) : messages.intro(request.teamName());
        ObjectNode payload = JSON.objectNode();
        payload.put("channel", recipient.platformUserId());
        payload.put("text", SlackText.plain(intro));
        ArrayNode blocks = payload.putArray("blocks");
        blocks.add(section(intro));
        for (String chunk : LeaderActionLines.chunks(request.leaderActions(), messages, "\u2022 ",
                SlackText::escape, MAX_SECTION_TEXT)) {
            blocks.add(section(chunk));
        }
        for (Question question : request.questions()) {
            blocks.add(questionBlock(question, recipient.locale(), messages));
        }
        ObjectNode comment = blocks.addObject();
        comment.put("type", "input").put("block_id", "comment").put("optional", true);
        comment.set("label", text(messages.commentLabel(), MAX_LABEL_TEXT));
        comment.putObject("element").put("type", "plain_text_input").put("action_id", "comment").put("multiline", true);
        ObjectNode actions = blocks.addObject();
        actions.put("type", "actions").put("block_id", "submit");
        ObjectNode submit = actions.putArray("elements").addObject();
        submit.put("type", "button").put("action_id", "pulse_submit").put("style", "primary")
                .put("value", request.cycleId().toString());
        submit.set("text", text(messages.submit(), MAX_OPTION_TEXT));
        return Optional.of(new OutboundMessage(request.reminder() ? MessageKind.REMINDER : MessageKind.PROMPT,
                PlatformId.SLACK, SlackDestinations.api(config.slack().defaultWorkspace()), payload, null,
                request.dedupKey()));
    }

    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent request) {
        PromptMessages messages = ChatPlatforms.messages(request.leader().locale());
        String body = LeaderPromptText.markdown(request, messages, "\u2022 ");
        ObjectNode payload = JSON.objectNode();
        payload.put("channel", request.leader().platformUserId());
        payload.put("text", SlackText.plain(body));
        ArrayNode blocks = payload.putArray("blocks");
        blocks.add(section(body));
        if (request.dashboard() != null) {
            blocks.add(linkButton(request.dashboard()));
        }
        return Optional.of(new OutboundMessage(MessageKind.LEADER_PROMPT, PlatformId.SLACK,
                SlackDestinations.api(config.slack().defaultWorkspace()), payload, null, request.dedupKey()));
    }

    private static ObjectNode questionBlock(Question question, String locale, PromptMessages messages) {
        ObjectNode block = JSON.objectNode();
        block.put("type", "input").put("block_id", "q:" + question.id).put("optional", true);
        block.set("label", text(question.textIn(locale), MAX_LABEL_TEXT));
        ObjectNode element = block.putObject("element");
        if (question.type == QuestionType.FREE_TEXT) {
            element.put("type", "plain_text_input").put("action_id", "answer").put("multiline", true);
            return block;
        }
        List<AnswerOption> options = AnswerOption.of(question, locale, messages);
        if (options.size() <= MAX_RADIO_OPTIONS) {
            element.put("type", "radio_buttons");
        } else {
            element.put("type", "static_select");
            element.set("placeholder", text(messages.choose(), MAX_OPTION_TEXT));
        }
        element.put("action_id", "answer");
        ArrayNode optionNodes = element.putArray("options");
        for (AnswerOption option : options) {
            ObjectNode node = optionNodes.addObject();
            node.set("text", text(option.label(), MAX_OPTION_TEXT));
            node.put("value", option.value());
        }
        return block;
    }

    /** An actions block with one button that opens the link in the browser. */
    static ObjectNode linkButton(WebLink link) {
        ObjectNode actions = JSON.objectNode();
        actions.put("type", "actions").put("block_id", "dashboard");
        ObjectNode button = actions.putArray("elements").addObject();
        button.put("type", "button").put("action_id", "open_dashboard").put("url", link.url());
        button.set("text", text(link.label(), MAX_OPTION_TEXT));
        return actions;
    }

    private static ObjectNode section(String markdown) {
        ObjectNode section = JSON.objectNode();
        section.put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", markdown);
        return section;
    }

    private static ObjectNode text(String value, int max) {
        ObjectNode text = JSON.objectNode();
        text.put("type", "plain_text").put("text", SlackText.truncate(value, max));
        return text;
    }
}
