package io.pulsecheck.platform.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.AnnouncedAction;
import io.pulsecheck.platform.AnswerOption;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.ListFit;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.PromptMessages;
import io.pulsecheck.platform.WebLink;
import io.pulsecheck.platform.ShownOfMessages;
import io.pulsecheck.platform.TextFit;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;

/**
 * Slack Block Kit direct messages: the intro, the leaders' actions since the last check-in ("you said, we did"), every
 * question of the pulse as an optional input block, a comment box and one Submit button, so the whole answer arrives
 * in one interaction (docs/CHAT-INTERACTIONS.md). Every text from HR, leaders or members is escaped, and the message
 * stays within {@link SlackLimits}: long lists are split over several sections, and what still does not fit is
 * counted ("… and 3 more").
 */
@ApplicationScoped
public class SlackPrompts {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String BULLET = "\u2022 ";

    /** The prompt or reminder as a direct message to the member, sent with their workspace's token. */
    public Optional<OutboundMessage> prompt(PromptContent request, SlackAddresses.SlackAddress to) {
        return Optional.of(new OutboundMessage(request.reminder() ? MessageKind.REMINDER : MessageKind.PROMPT,
                PlatformId.SLACK, SlackDestinations.api(to.workspace()), render(request, to.memberId()), null,
                request.dedupKey()));
    }

    /** The {@code chat.postMessage} body of a prompt or reminder to the given channel (a member id for a DM). */
    public static ObjectNode render(PromptContent request, String channel) {
        ChatRecipient recipient = request.recipient();
        PromptMessages messages = ChatPlatforms.messages(recipient.locale());
        ShownOfMessages counts = UserLocale.bundle(ShownOfMessages.class, recipient.locale());
        List<Question> questions = request.questions();
        // A rotation the schedule API refused cannot reach here, but a prompt is never lost for being too long.
        int asked = Math.min(questions.size(), SlackLimits.PROMPT_QUESTIONS);
        // Bundle texts carry no markup but *bold*, so the whole text is escaped with the team name in it.
        String intro = SlackText.escape(request.reminder() ? messages.reminderIntro(request.teamName())
                : messages.intro(request.teamName()));
        if (asked < questions.size()) {
            intro = intro + " (" + counts.shownOf(asked, questions.size()) + ")";
        }
        intro = TextFit.truncate(intro, SlackLimits.SECTION_TEXT);
        ObjectNode payload = JSON.objectNode();
        payload.put("channel", channel);
        payload.put("text", SlackText.plain(intro));
        ArrayNode blocks = payload.putArray("blocks");
        blocks.add(section(intro));
        if (!request.leaderActions().isEmpty()) {
            int room = SlackLimits.MAX_BLOCKS - asked - 3;
            int textRoom = Math.max(1, (SlackLimits.BLOCKS_TEXT - intro.length()) / SlackLimits.SECTION_TEXT);
            List<String> lines = new ArrayList<>();
            for (AnnouncedAction action : request.leaderActions()) {
                lines.add(BULLET + SlackText.escape(TextFit.oneLine(action.text())));
            }
            ListFit.pack(SlackText.escape(messages.leaderActionsHeading()), lines, SlackLimits.SECTION_TEXT,
                    Math.max(1, Math.min(room, textRoom)), count -> SlackText.escape(counts.more(count))).chunks()
                    .forEach(chunk -> blocks.add(section(chunk)));
        }
        for (Question question : questions.subList(0, asked)) {
            blocks.add(questionBlock(question, recipient.locale(), messages));
        }
        ObjectNode comment = blocks.addObject();
        comment.put("type", "input").put("block_id", "comment").put("optional", true);
        comment.set("label", text(messages.commentLabel(), SlackLimits.LABEL_TEXT));
        comment.putObject("element").put("type", "plain_text_input").put("action_id", "comment").put("multiline", true);
        ObjectNode actions = blocks.addObject();
        actions.put("type", "actions").put("block_id", "submit");
        ArrayNode elements = actions.putArray("elements");
        // The opt-in to replies sits before Submit in its block, so the prompt keeps its block budget for questions.
        ObjectNode checkbox = elements.addObject().put("type", "checkboxes").put("action_id", SlackHandler.REPLIES);
        ObjectNode option = checkbox.putArray("options").addObject().put("value", SlackHandler.REPLIES_WANTED);
        option.set("text", text(UserLocale.bundle(SlackMessages.class, recipient.locale()).replyOptIn(),
                SlackLimits.OPTION_TEXT));
        ObjectNode submit = elements.addObject();
        submit.put("type", "button").put("action_id", "pulse_submit").put("style", "primary")
                .put("value", request.cycleId().toString());
        submit.set("text", text(messages.submit(), SlackLimits.OPTION_TEXT));
        return payload;
    }

    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent request, SlackAddresses.SlackAddress to) {
        return Optional.of(new OutboundMessage(MessageKind.LEADER_PROMPT, PlatformId.SLACK,
                SlackDestinations.api(to.workspace()), renderLeaderPrompt(request, to.memberId()), null,
                request.dedupKey()));
    }

    /**
     * The leader prompt: the intro with the team's questions as bullets, split over sections of Slack's size, then the
     * suggestion. Questions beyond the message's text budget are counted, not sent.
     */
    public static ObjectNode renderLeaderPrompt(LeaderPromptContent request, String channel) {
        String locale = request.leader().locale();
        PromptMessages messages = ChatPlatforms.messages(locale);
        ShownOfMessages counts = UserLocale.bundle(ShownOfMessages.class, locale);
        String intro = SlackText.escape(messages.leaderIntro(request.teamName(), request.cycleDate().toString()));
        List<String> lines = request.questions().stream()
                .map(q -> BULLET + SlackText.escape(TextFit.oneLine(q.textIn(locale)))).toList();
        String suggestion = TextFit.truncate(SlackText.escape(request.suggestion(messages)), SlackLimits.SECTION_TEXT);
        int chunks = Math.max(1, (SlackLimits.BLOCKS_TEXT - suggestion.length()) / SlackLimits.SECTION_TEXT);
        ListFit.Packed packed = ListFit.pack(intro, lines, SlackLimits.SECTION_TEXT, chunks,
                count -> SlackText.escape(counts.more(count)));
        ObjectNode payload = JSON.objectNode();
        payload.put("channel", channel);
        // The fallback text is what notifications and clients without blocks show: the whole prompt, not only the intro.
        payload.put("text", SlackText.plain(String.join("\n", packed.chunks()) + "\n" + suggestion));
        ArrayNode blocks = payload.putArray("blocks");
        packed.chunks().forEach(chunk -> blocks.add(section(chunk)));
        blocks.add(section(suggestion));
        if (request.dashboard() != null) {
            blocks.add(linkButton(request.dashboard()));
        }
        return payload;
    }

    private static ObjectNode questionBlock(Question question, String locale, PromptMessages messages) {
        ObjectNode block = JSON.objectNode();
        block.put("type", "input").put("block_id", "q:" + question.id).put("optional", true);
        block.set("label", text(question.textIn(locale), SlackLimits.LABEL_TEXT));
        ObjectNode element = block.putObject("element");
        if (question.type == QuestionType.FREE_TEXT) {
            element.put("type", "plain_text_input").put("action_id", "answer").put("multiline", true);
            return block;
        }
        List<AnswerOption> options = AnswerOption.of(question, locale, messages);
        if (options.size() <= SlackLimits.RADIO_OPTIONS) {
            element.put("type", "radio_buttons");
        } else {
            element.put("type", "static_select");
            element.set("placeholder", text(messages.choose(), SlackLimits.OPTION_TEXT));
        }
        element.put("action_id", "answer");
        ArrayNode optionNodes = element.putArray("options");
        for (AnswerOption option : options.subList(0, Math.min(options.size(), SlackLimits.SELECT_OPTIONS))) {
            ObjectNode node = optionNodes.addObject();
            node.set("text", text(option.label(), SlackLimits.OPTION_TEXT));
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
        button.set("text", text(link.label(), SlackLimits.OPTION_TEXT));
        return actions;
    }

    private static ObjectNode section(String markdown) {
        ObjectNode section = JSON.objectNode();
        section.put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", markdown);
        return section;
    }

    /** Plain text is shown as typed: Slack reads no markup in it, so it is cut to size but not escaped. */
    private static ObjectNode text(String value, int max) {
        ObjectNode text = JSON.objectNode();
        text.put("type", "plain_text").put("text", SlackText.truncate(TextFit.oneLine(value), max));
        return text;
    }
}
