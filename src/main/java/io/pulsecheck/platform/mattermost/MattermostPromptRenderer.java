package io.pulsecheck.platform.mattermost;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.security.ActionTokens;
import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.AnswerOption;
import io.pulsecheck.platform.LeaderActionLines;
import io.pulsecheck.platform.LeaderPromptRequest;
import io.pulsecheck.platform.LeaderPromptText;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptMessages;
import io.pulsecheck.platform.PromptRenderer;
import io.pulsecheck.platform.PromptRequest;
import io.pulsecheck.platform.Prompts;
import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionType;

/**
 * Mattermost incoming-webhook posts to {@code @username}, one question at a time: the prompt's text is the intro and
 * the leaders' actions since the last check-in, its attachment shows the first question with a button per answer; each button's context carries an HMAC token the action endpoint verifies
 * (docs/CHAT-INTERACTIONS.md).
 */
@ApplicationScoped
public class MattermostPromptRenderer implements PromptRenderer {

    static final String SKIP = "skip";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    DeliveryConfig config;

    @Inject
    ApiConfig api;

    @Inject
    ActionTokens tokens;

    @Override
    public PlatformId channel() {
        return PlatformId.MATTERMOST;
    }

    @Override
    public Optional<OutboundMessage> prompt(PromptRequest request) {
        Optional<String> url = config.mattermost().webhookUrl().filter(value -> !value.isBlank());
        if (url.isEmpty() || request.questions().isEmpty()) {
            return Optional.empty();
        }
        PromptRequest.Recipient recipient = request.recipient();
        PromptMessages messages = Prompts.messages(recipient.locale());
        ObjectNode payload = JSON.objectNode();
        payload.put("channel", "@" + recipient.platformUserId());
        StringBuilder text = new StringBuilder(request.reminder() ? messages.reminderIntro(request.teamName())
                : messages.intro(request.teamName()));
        for (String chunk : LeaderActionLines.chunks(request.leaderActions(), messages, "- ",
                LeaderActionLines::mattermostEscape, Integer.MAX_VALUE)) {
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
        actions.add(button(SKIP, messages.skip(), request, first, SKIP));
        return Optional.of(new OutboundMessage(request.reminder() ? MessageKind.REMINDER : MessageKind.PROMPT,
                PlatformId.MATTERMOST, Destination.webhook(Destination.MATTERMOST_WEBHOOK, url.get()), payload, null,
                request.dedupKey()));
    }

    @Override
    public Optional<OutboundMessage> leaderPrompt(LeaderPromptRequest request) {
        Optional<String> url = config.mattermost().webhookUrl().filter(value -> !value.isBlank());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode payload = JSON.objectNode();
        payload.put("channel", "@" + request.leader().platformUserId());
        payload.put("text", LeaderPromptText.markdown(request, Prompts.messages(request.leader().locale()), "- "));
        return Optional.of(new OutboundMessage(MessageKind.LEADER_PROMPT, PlatformId.MATTERMOST,
                Destination.webhook(Destination.MATTERMOST_WEBHOOK, url.get()), payload, null, request.dedupKey()));
    }

    private ObjectNode button(String id, String name, PromptRequest request, Question question, String value) {
        String cycle = request.cycleId().toString();
        String person = request.recipient().personId().toString();
        String questionId = question.id.toString();
        ObjectNode button = JSON.objectNode();
        button.put("id", id).put("name", name);
        ObjectNode integration = button.putObject("integration");
        integration.put("url", api.publicBaseUrl() + "/webhooks/mattermost/actions");
        integration.putObject("context").put("cycle", cycle).put("person", person).put("question", questionId)
                .put("value", value).put("token", tokens.sign(cycle, person, questionId, value));
        return button;
    }
}
