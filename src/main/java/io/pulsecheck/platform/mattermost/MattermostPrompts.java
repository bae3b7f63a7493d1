package io.pulsecheck.platform.mattermost;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.Destination;
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
 * Mattermost incoming-webhook posts to {@code @username}, one question at a time: the prompt's text is the intro and
 * the leaders' actions since the last check-in, its attachment shows the first question with a button per answer; each button's context carries an HMAC token the action endpoint verifies
 * (docs/CHAT-INTERACTIONS.md).
 */
@ApplicationScoped
public class MattermostPrompts {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    DeliveryConfig config;

    @Inject
    MattermostButtons buttons;

    public Optional<OutboundMessage> prompt(PromptContent request) {
        Optional<String> url = config.mattermost().webhookUrl().filter(value -> !value.isBlank());
        if (url.isEmpty() || request.questions().isEmpty()) {
            return Optional.empty();
        }
        ChatRecipient recipient = request.recipient();
        PromptMessages messages = ChatPlatforms.messages(recipient.locale());
        ObjectNode payload = JSON.objectNode();
        payload.put("channel", "@" + recipient.platformUserId());
        StringBuilder text = new StringBuilder(request.reminder() ? messages.reminderIntro(request.teamName())
                : messages.intro(request.teamName()));
        for (String chunk : LeaderActionLines.chunks(request.leaderActions(), messages, "- ",
                MattermostText::escape, Integer.MAX_VALUE)) {
            text.append("\n\n").append(chunk);
        }
        payload.put("text", text.toString());
        Question first = request.questions().get(0);
        ObjectNode attachment = payload.putArray("attachments").addObject();
        attachment.put("title", messages.questionOf(1, request.questions().size()));
        String questionText = first.textIn(recipient.locale());
        attachment.put("text", first.type == QuestionType.FREE_TEXT
                ? questionText + "\n" + messages.replyInWords() : questionText);
        ArrayNode actions = attachment.putArray("actions");
        List<AnswerOption> options = AnswerOption.of(first, recipient.locale(), messages);
        for (int i = 0; i < options.size(); i++) {
            actions.add(button("a" + i, options.get(i).label(), request, first, options.get(i).value()));
        }
        actions.add(button(MattermostButtons.SKIP, messages.skip(), request, first, MattermostButtons.SKIP));
        return Optional.of(new OutboundMessage(request.reminder() ? MessageKind.REMINDER : MessageKind.PROMPT,
                PlatformId.MATTERMOST, Destination.webhook(MattermostDestinations.WEBHOOK, url.get()), payload, null,
                request.dedupKey()));
    }

    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent request) {
        Optional<String> url = config.mattermost().webhookUrl().filter(value -> !value.isBlank());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode payload = JSON.objectNode();
        payload.put("channel", "@" + request.leader().platformUserId());
        String text = LeaderPromptText.markdown(request, ChatPlatforms.messages(request.leader().locale()), "- ");
        payload.put("text", request.dashboard() == null ? text : text + "\n\n" + link(request.dashboard()));
        return Optional.of(new OutboundMessage(MessageKind.LEADER_PROMPT, PlatformId.MATTERMOST,
                Destination.webhook(MattermostDestinations.WEBHOOK, url.get()), payload, null, request.dedupKey()));
    }

    /** A markdown link; the URL is ours and the label our own text, so neither needs escaping. */
    static String link(WebLink link) {
        return "[" + link.label() + "](" + link.url() + ")";
    }

    private ObjectNode button(String id, String name, PromptContent request, Question question, String value) {
        return buttons.button(id, name, request.cycleId(), request.recipient().personId(), question.id.toString(),
                value);
    }
}
