package io.pulsecheck.platform.teams;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.conversation.Commands;
import io.pulsecheck.conversation.ConversationFlow;
import io.pulsecheck.conversation.InboundRequests;
import io.pulsecheck.conversation.Step;
import io.pulsecheck.conversation.StepText;
import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.MessageKind;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.platform.InboundBody;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.replies.ReplyToken;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.PersonReachable;

/**
 * What a verified Teams activity does, each in one transaction with its dedup record, so a failure rolls everything
 * back and a redelivered activity has no second effect. Replies and card updates go through the outbox and are sent
 * after the acknowledgement, except the card that carries a writer's reply code: an outbox row names its person, so
 * that card is returned to be sent straight after the commit ({@link TeamsReplyCodes}).
 */
@ApplicationScoped
public class TeamsHandler {

    @Inject
    InboundRequests inbound;

    @Inject
    Event<PersonReachable> reachable;

    @Inject
    SealingService sealing;

    @Inject
    ConversationFlow flow;

    @Inject
    Commands commands;

    @Inject
    Outbox outbox;

    @Inject
    TeamsDirectory directory;

    @Inject
    Clock clock;

    @Inject
    ApiConfig api;

    /** Whether the activity was handled now, or was handled before (a redelivery or replay, without effect). */
    public enum Result {
        HANDLED, DUPLICATE
    }

    /**
     * What became of an activity, and the card with a writer's reply code to send once the transaction committed;
     * never stored.
     */
    public record Handled(Result result, Optional<CodeCard> codeCard) {
    }

    /**
     * The answered card with the writer's reply code, sent straight to the Bot Connector, and the plain thank-you
     * that goes through the outbox instead when that fails (the code is then lost, the answer is not).
     *
     * @param method PUT to replace the prompt, POST for a new message
     * @param destination the prompt's activity, or the chat
     * @param payload the card, code included
     * @param fallback the thank-you without the code, queued for the person like every answered card
     */
    public record CodeCard(String method, Destination destination, ObjectNode payload, OutboundMessage fallback) {

        @Override
        public String toString() {
            return "CodeCard[" + method + "]";
        }
    }

    @Transactional
    public Handled handle(TeamsActivity activity) {
        if (!inbound.firstTime("teams-activity", activityKey(activity))) {
            return new Handled(Result.DUPLICATE, Optional.empty());
        }
        Optional<CodeCard> codeCard = Optional.empty();
        switch (activity.type()) {
            case TeamsActivity.INSTALLATION_UPDATE -> {
                String action = activity.action() == null ? "" : activity.action();
                if (action.startsWith("add")) {
                    install(activity);
                } else if (action.startsWith("remove")) {
                    uninstall(activity);
                }
            }
            case TeamsActivity.CONVERSATION_UPDATE -> {
                if (activity.names(activity.membersAdded())) {
                    install(activity);
                } else if (activity.names(activity.membersRemoved())) {
                    uninstall(activity);
                }
            }
            case TeamsActivity.MESSAGE -> {
                JsonNode value = activity.value();
                if (value != null && value.isObject()
                        && TeamsPrompts.SUBMIT_VALUE.equals(value.path(TeamsPrompts.SUBMIT_MARKER).asText())) {
                    codeCard = submit(activity);
                } else if (activity.text() != null && !activity.text().isBlank()) {
                    typed(activity);
                }
            }
            default -> {
                // Typing indicators, reactions and the like need nothing.
            }
        }
        return new Handled(Result.HANDLED, codeCard);
    }

    /** The app was installed in a 1:1 chat: remember it for the person it belongs to and say hello. */
    private void install(TeamsActivity activity) {
        if (!activity.personal()) {
            return;
        }
        String tenant = tenantOf(activity);
        Optional<Person> person = directory.personOf(activity);
        if (person.isEmpty()) {
            outbox.enqueue(reply(chatOf(activity, tenant), StepText.messages(null).notOnRoster(),
                    "teams-welcome:" + activityKey(activity)));
            return;
        }
        TeamsConversationReference.remember(person.get().id, activity.serviceUrl(), activity.conversation().id(),
                tenant, activity.from().aadObjectId(), activity.from().id());
        reachable.fire(new PersonReachable(person.get().id));
        outbox.enqueue(reply(chatOf(activity, tenant), UserLocale.bundle(TeamsMessages.class, person.get().locale)
                .welcome(), "teams-welcome:" + activityKey(activity)).toPerson(person.get().id));
    }

    private void uninstall(TeamsActivity activity) {
        TeamsConversationReference.forgetConversation(activity.conversation().id());
    }

    /**
     * Seals the card's answers and replaces the card with what became of them: recorded anonymously, already
     * answered, or closed. Invalid answers are refused with 400 naming their inputs and change nothing. When the
     * person wrote a comment and turned the replies toggle on, only the code's digest is sealed with the comment, and
     * the card with the code is returned instead of queued.
     */
    private Optional<CodeCard> submit(TeamsActivity activity) {
        TeamsConversationReference reference = installedSender(activity);
        Person person = Person.findById(reference.personId);
        if (person == null) {
            throw ApiException.forbidden("This Teams user is not on any roster");
        }
        JsonNode value = activity.value();
        UUID cycleId = InboundBody.uuid(textOf(value.get(TeamsPrompts.CYCLE_FIELD)), "value.cycle");
        Cycle cycle = Cycle.findById(cycleId);
        if (cycle == null) {
            throw ApiException.notFound("Cycle", cycleId);
        }
        String text;
        ReplyToken reply = null;
        if (!cycle.isOpenAt(clock.instant())) {
            text = UserLocale.bundle(TeamsMessages.class, person.locale).closed();
        } else {
            String comment = textOf(value.get(TeamsPrompts.COMMENT_INPUT));
            reply = comment != null && !comment.isBlank()
                    && TeamsPrompts.REPLIES_WANTED.equals(textOf(value.get(TeamsPrompts.REPLIES_INPUT)))
                    ? ReplyToken.generate() : null;
            SealingService.Outcome outcome = sealing.seal(new Submission(cycleId, person.id, answersOf(value),
                    comment, reply == null ? null : reply.digest()));
            if (outcome != SealingService.Outcome.SEALED) {
                reply = null;
            }
            text = outcome == SealingService.Outcome.SEALED ? StepText.messages(person.locale).thanks()
                    : StepText.messages(person.locale).alreadyAnswered();
        }
        boolean inPlace = activity.replyToId() != null && !activity.replyToId().isBlank();
        Destination destination = inPlace ? TeamsDestinations.update(reference.serviceUrl, reference.conversationId,
                activity.replyToId(), reference.tenantId) : TeamsDestinations.newMessage(reference);
        OutboundMessage update = inPlace
                ? new OutboundMessage(MessageKind.ACKNOWLEDGEMENT, PlatformId.TEAMS, destination,
                        TeamsPrompts.answered(activity.replyToId(), text), null, "teams-card:" + activityKey(activity))
                : reply(destination, text, "teams-card:" + activityKey(activity));
        update = update.forPerson(cycleId, person.id);
        if (reply == null) {
            outbox.enqueue(update);
            return Optional.empty();
        }
        String codeText = UserLocale.bundle(TeamsMessages.class, person.locale).replyCode(reply.token(),
                api.publicBaseUrl() + "/replies");
        return Optional.of(new CodeCard(inPlace ? "PUT" : "POST", destination,
                TeamsPrompts.answeredWithCode(inPlace ? activity.replyToId() : null, text, reply.token(), codeText),
                update));
    }

    /** A typed message: a command, or a step of the typed question flow. */
    private void typed(TeamsActivity activity) {
        Optional<TeamsConversationReference> reference = TeamsConversationReference
                .ofConversation(activity.conversation().id())
                .filter(r -> r.teamsUserId.equals(activity.from().id()));
        Optional<Person> person = reference.map(r -> (Person) Person.findById(r.personId));
        String dedupKey = "teams-reply:" + activityKey(activity);
        if (person.isEmpty()) {
            outbox.enqueue(reply(chatOf(activity, tenantOf(activity)), StepText.messages(null).notOnRoster(),
                    dedupKey));
            return;
        }
        String text = activity.text().strip();
        Optional<Commands.Command> command = Commands.parse(text);
        OutboundMessage message;
        if (command.isPresent()) {
            message = reply(TeamsDestinations.newMessage(reference.get()),
                    commands.execute(person.get(), command.get()), dedupKey).toPerson(person.get().id);
        } else {
            Step step = flow.typed(person.get(), PlatformId.TEAMS, text);
            UUID cycleId = cycleOf(step);
            message = reply(TeamsDestinations.newMessage(reference.get()), StepText.render(step, person.get().locale),
                    dedupKey);
            message = cycleId == null ? message.toPerson(person.get().id) : message.forPerson(cycleId, person.get().id);
        }
        outbox.enqueue(message);
    }

    /** Activity ids are unique within their conversation only. */
    private static String activityKey(TeamsActivity activity) {
        return activity.conversation().id() + "|" + activity.id();
    }

    private static TeamsConversationReference installedSender(TeamsActivity activity) {
        return TeamsConversationReference.ofConversation(activity.conversation().id())
                .filter(r -> r.teamsUserId.equals(activity.from().id()))
                .orElseThrow(() -> ApiException.forbidden("The Teams app is not installed for this user"));
    }

    private Destination chatOf(TeamsActivity activity, String tenant) {
        return new Destination(TeamsDestinations.BOT,
                TeamsDestinations.activitiesUrl(activity.serviceUrl(), activity.conversation().id()), tenant);
    }

    private static String tenantOf(TeamsActivity activity) {
        String tenant = activity.conversation().tenantId();
        if (tenant == null || tenant.isBlank()) {
            throw ApiException.invalid("conversation.tenantId", "must not be blank");
        }
        return tenant;
    }

    private static OutboundMessage reply(Destination destination, String text, String dedupKey) {
        return new OutboundMessage(MessageKind.CONVERSATION, PlatformId.TEAMS, destination, TeamsPrompts.text(text),
                null, dedupKey);
    }

    private static List<Submission.RawAnswer> answersOf(JsonNode value) {
        List<Submission.RawAnswer> answers = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().startsWith(TeamsPrompts.QUESTION_PREFIX)) {
                continue;
            }
            String name = "value." + field.getKey();
            UUID questionId = InboundBody.uuid(field.getKey().substring(TeamsPrompts.QUESTION_PREFIX.length()), name);
            if (!field.getValue().isTextual() && !field.getValue().isNull()) {
                throw ApiException.invalid(name, "must be a string");
            }
            answers.add(new Submission.RawAnswer(questionId, field.getValue().asText(null), name));
        }
        return answers;
    }

    private static String textOf(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }

    private static UUID cycleOf(Step step) {
        if (step instanceof Step.Ask ask) {
            return ask.cycleId();
        }
        if (step instanceof Step.AskComment comment) {
            return comment.cycleId();
        }
        return step instanceof Step.Done done ? done.cycleId() : null;
    }
}
