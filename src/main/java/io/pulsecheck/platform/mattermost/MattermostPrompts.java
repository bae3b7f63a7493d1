package io.pulsecheck.platform.mattermost;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
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
 * Mattermost incoming-webhook posts to {@code @username}, one question at a time: the prompt's text is the intro and
 * the leaders' actions since the last check-in, its attachment shows the first question with a button per answer; each button's context carries an HMAC token the action endpoint verifies
 * (docs/CHAT-INTERACTIONS.md).
 */
@ApplicationScoped
public class MattermostPrompts {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    MattermostConfig config;

    @Inject
    MattermostButtons buttons;

    @Inject
    MattermostBotAdapter bot;

    /** Whether prompts can be sent: through the bot account, or the incoming webhook. */
    boolean canSend() {
        return bot.configured() || config.webhookUrl().filter(value -> !value.isBlank()).isPresent();
    }

    public Optional<OutboundMessage> prompt(PromptContent request) {
        Optional<String> url = config.webhookUrl().filter(value -> !value.isBlank());
        if ((url.isEmpty() && !bot.configured()) || request.questions().isEmpty()) {
            return Optional.empty();
        }
        ChatRecipient recipient = request.recipient();
        PromptMessages messages = ChatPlatforms.messages(recipient.locale());
        ShownOfMessages counts = UserLocale.bundle(ShownOfMessages.class, recipient.locale());
        ObjectNode payload = JSON.objectNode();
        payload.put("channel", "@" + recipient.platformUserId());
        String team = MattermostText.escape(request.teamName());
        Question first = request.questions().get(0);
        String questionText = MattermostText.escape(TextFit.truncate(first.textIn(recipient.locale()),
                MattermostLimits.ITEM_TEXT));
        String attachmentText = first.type == QuestionType.FREE_TEXT
                ? questionText + "\n" + messages.replyInWords() : questionText;
        StringBuilder text = new StringBuilder(request.reminder() ? messages.reminderIntro(team)
                : messages.intro(team));
        if (!request.leaderActions().isEmpty()) {
            List<String> lines = request.leaderActions().stream()
                    .map(action -> "- " + MattermostText.escape(TextFit.oneLine(action.text()))).toList();
            int room = MattermostLimits.POST_TEXT - text.length() - attachmentText.length() - 2;
            text.append("\n\n").append(ListFit.pack(messages.leaderActionsHeading(), lines,
                    room, 1, counts::more).chunks().get(0));
        }
        payload.put("text", text.toString());
        ObjectNode attachment = payload.putArray("attachments").addObject();
        attachment.put("title", messages.questionOf(1, request.questions().size()));
        attachment.put("text", attachmentText);
        ArrayNode actions = attachment.putArray("actions");
        List<AnswerOption> options = AnswerOption.of(first, recipient.locale(), messages);
        // An incoming webhook does not return the post's id, so these buttons cannot name their post.
        MattermostActionTokens.Binding binding = buttons.binding(MattermostActionTokens.EPHEMERAL, request.cycleId(),
                recipient.personId());
        for (int i = 0; i < options.size(); i++) {
            actions.add(button("a" + i, options.get(i).label(), binding, first, options.get(i).value()));
        }
        actions.add(button(MattermostButtons.SKIP, messages.skip(), binding, first, MattermostButtons.SKIP));
        return Optional.of(new OutboundMessage(request.reminder() ? MessageKind.REMINDER : MessageKind.PROMPT,
                PlatformId.MATTERMOST, destination(url), body(payload, recipient.platformUserId()), null,
                request.dedupKey()));
    }

    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent request) {
        Optional<String> url = config.webhookUrl().filter(value -> !value.isBlank());
        if (url.isEmpty() && !bot.configured()) {
            return Optional.empty();
        }
        ObjectNode payload = JSON.objectNode();
        payload.put("channel", "@" + request.leader().platformUserId());
        payload.put("text", leaderPromptText(request));
        return Optional.of(new OutboundMessage(MessageKind.LEADER_PROMPT, PlatformId.MATTERMOST, destination(url),
                body(payload, request.leader().platformUserId()), null, request.dedupKey()));
    }

    /** The bot account when one is configured, else the incoming webhook. */
    private Destination destination(Optional<String> webhookUrl) {
        return bot.configured() ? bot.destination()
                : Destination.webhook(MattermostDestinations.WEBHOOK, webhookUrl.orElseThrow());
    }

    /** The webhook body as is, or as a bot post to the person's user id. */
    private ObjectNode body(ObjectNode webhookBody, String userId) {
        return bot.configured() ? bot.payload(userId, webhookBody) : webhookBody;
    }

    /**
     * The leader prompt's markdown: intro, the questions as bullets as far as a post holds, the suggestion, and the
     * leader's dashboard link.
     */
    static String leaderPromptText(LeaderPromptContent request) {
        String locale = request.leader().locale();
        PromptMessages messages = ChatPlatforms.messages(locale);
        String intro = messages.leaderIntro(MattermostText.escape(request.teamName()), request.cycleDate().toString());
        List<String> lines = request.questions().stream()
                .map(q -> "- " + MattermostText.escape(TextFit.oneLine(q.textIn(locale)))).toList();
        String suggestion = MattermostText.escape(request.suggestion(messages));
        String tail = request.dashboard() == null ? suggestion : suggestion + "\n\n" + link(request.dashboard());
        ListFit.Packed packed = ListFit.pack(intro, lines, MattermostLimits.POST_TEXT - tail.length() - 2, 1,
                UserLocale.bundle(ShownOfMessages.class, locale)::more);
        return packed.chunks().get(0) + "\n\n" + tail;
    }

    /**
     * A markdown link. The label is escaped like any text; in the URL only {@code &} becomes {@code &amp;}, which
     * markdown turns back into {@code &} in a link destination.
     */
    static String link(WebLink link) {
        return "[" + MattermostText.escape(link.label()) + "](" + link.url().replace("&", "&amp;") + ")";
    }

    private ObjectNode button(String id, String name, MattermostActionTokens.Binding binding, Question question,
            String value) {
        return buttons.button(id, MattermostText.plain(name), binding, question.id.toString(), value);
    }
}
