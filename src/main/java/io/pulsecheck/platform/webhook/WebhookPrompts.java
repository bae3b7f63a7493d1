package io.pulsecheck.platform.webhook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.platform.AnnouncedAction;
import io.pulsecheck.platform.AnswerOption;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.LeaderPromptContent;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.platform.PromptMessages;
import io.pulsecheck.questions.Question;

/**
 * Generic JSON webhook events for any gateway (docs/WEBHOOK.md); the gateway renders them itself, so leaders' action
 * descriptions travel unescaped in {@code youSaidWeDid}.
 */
@ApplicationScoped
public class WebhookPrompts {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    WebhookConfig config;

    public Optional<OutboundMessage> prompt(PromptContent request) {
        Optional<String> url = config.url().filter(value -> !value.isBlank());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        ChatRecipient recipient = request.recipient();
        PromptMessages messages = ChatPlatforms.messages(recipient.locale());
        ObjectNode payload = envelope("checkin.prompt", request.cycleId(), request.cycleDate().toString(), recipient);
        payload.put("reminder", request.reminder());
        payload.put("text", request.reminder() ? messages.reminderIntro(request.teamName())
                : messages.intro(request.teamName()));
        if (!request.leaderActions().isEmpty()) {
            ObjectNode saidDid = payload.putObject("youSaidWeDid");
            saidDid.put("heading", messages.leaderActionsHeading());
            ArrayNode actions = saidDid.putArray("actions");
            for (AnnouncedAction action : request.leaderActions()) {
                actions.addObject().put("id", action.id().toString()).put("text", action.text())
                        .put("recordedOn", action.recordedOn().toString());
            }
        }
        ArrayNode questions = payload.putArray("questions");
        for (Question question : request.questions()) {
            ObjectNode node = questions.addObject();
            node.put("id", question.id.toString()).put("type", question.type.wireName())
                    .put("text", question.textIn(recipient.locale()));
            List<AnswerOption> options = AnswerOption.of(question, recipient.locale(), messages);
            if (!options.isEmpty()) {
                ArrayNode choices = node.putArray("choices");
                for (AnswerOption option : options) {
                    choices.addObject().put("value", option.value()).put("label", option.label());
                }
            }
        }
        return Optional.of(new OutboundMessage(request.reminder() ? MessageKind.REMINDER : MessageKind.PROMPT,
                PlatformId.WEBHOOK, Destination.webhook(WebhookDestinations.GENERIC, url.get()), payload, null,
                request.dedupKey()));
    }

    public Optional<OutboundMessage> leaderPrompt(LeaderPromptContent request) {
        Optional<String> url = config.url().filter(value -> !value.isBlank());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        PromptMessages messages = ChatPlatforms.messages(request.leader().locale());
        ObjectNode payload = envelope("leader.prompt", request.cycleId(), request.cycleDate().toString(),
                request.leader());
        payload.put("text", LeaderPromptText.markdown(request, messages, "- "));
        payload.put("suggestion", request.suggestion(messages));
        if (request.dashboard() != null) {
            payload.put("dashboardUrl", request.dashboard().url()).put("dashboardLabel", request.dashboard().label());
        }
        ArrayNode questions = payload.putArray("questions");
        for (Question question : request.questions()) {
            questions.addObject().put("id", question.id.toString())
                    .put("text", question.textIn(request.leader().locale()));
        }
        return Optional.of(new OutboundMessage(MessageKind.LEADER_PROMPT, PlatformId.WEBHOOK,
                Destination.webhook(WebhookDestinations.GENERIC, url.get()), payload, null, request.dedupKey()));
    }

    /** The message id is random and travels with the stored payload, so every retry carries the same one. */
    private static ObjectNode envelope(String type, UUID cycleId, String cycleDate, ChatRecipient recipient) {
        ObjectNode payload = JSON.objectNode();
        payload.put("type", type).put("messageId", UUID.randomUUID().toString())
                .put("cycleId", cycleId.toString()).put("cycleDate", cycleDate);
        payload.putObject("recipient").put("platform", PlatformId.WEBHOOK.wireName())
                .put("userId", recipient.platformUserId()).put("locale", recipient.locale());
        return payload;
    }
}
