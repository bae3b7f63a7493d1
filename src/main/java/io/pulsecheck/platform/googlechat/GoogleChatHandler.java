package io.pulsecheck.platform.googlechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.conversation.Commands;
import io.pulsecheck.conversation.ConversationConfig;
import io.pulsecheck.conversation.ConversationFlow;
import io.pulsecheck.conversation.InboundRequests;
import io.pulsecheck.conversation.StepText;
import io.pulsecheck.platform.InboundBody;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.replies.ReplyToken;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.PersonErased;
import io.pulsecheck.teams.PersonReachable;

/**
 * What verified Google Chat events do, each in one transaction with its replay record, so a failure rolls everything
 * back. The reply is the HTTP response itself (a message, or the clicked card updated): nothing waits in the outbox.
 */
@ApplicationScoped
public class GoogleChatHandler {

    static final PlatformId PLATFORM = PlatformId.GOOGLE_CHAT;

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
    ConversationConfig conversation;

    @Inject
    Clock clock;

    @Inject
    ApiConfig api;

    /** Handles one verified event and returns the synchronous reply. */
    @Transactional
    public ObjectNode handle(GoogleChatEvent event) {
        checkFresh(event.eventTime());
        inbound.refuseReplay("google-chat", replayKey(event));
        return switch (event.type()) {
            case GoogleChatEvent.ADDED_TO_SPACE -> added(event);
            case GoogleChatEvent.REMOVED_FROM_SPACE -> removed(event);
            case GoogleChatEvent.MESSAGE -> message(event);
            case GoogleChatEvent.CARD_CLICKED -> clicked(event);
            default -> throw ApiException.invalid("type",
                    "must be ADDED_TO_SPACE, REMOVED_FROM_SPACE, MESSAGE or CARD_CLICKED");
        };
    }

    /** The clicked card replaced by "closed", for a submission into a check-in that has ended. */
    @Transactional
    public ObjectNode closedReply(GoogleChatEvent event) {
        return GoogleChatReplies.updateCard(messages(personOf(event).map(p -> p.locale).orElse(null)).closed());
    }

    void onPersonErased(@Observes PersonErased erased) {
        GoogleChatSpace.forgetPerson(erased.personId());
    }

    private ObjectNode added(GoogleChatEvent event) {
        if (!event.space().isDirectMessage()) {
            return GoogleChatReplies.message(messages(null).directMessagesOnly());
        }
        Optional<Person> person = personOf(event);
        if (person.isEmpty() || !event.user().isHuman()) {
            return GoogleChatReplies.message(StepText.messages(null).notOnRoster());
        }
        GoogleChatSpace.install(person.get().id, event.space().name(), event.user().name());
        reachable.fire(new PersonReachable(person.get().id));
        return GoogleChatReplies.message(messages(person.get().locale).installed());
    }

    private ObjectNode removed(GoogleChatEvent event) {
        GoogleChatSpace.forget(event.space().name());
        return GoogleChatReplies.none();
    }

    private ObjectNode message(GoogleChatEvent event) {
        if (!event.space().isDirectMessage()) {
            return GoogleChatReplies.message(messages(null).directMessagesOnly());
        }
        Optional<Person> person = personOf(event);
        if (person.isEmpty()) {
            return GoogleChatReplies.message(StepText.messages(null).notOnRoster());
        }
        if (GoogleChatSpace.ofPerson(person.get().id).isEmpty()) {
            // Added before HR put the person on the roster: the first message links the space.
            GoogleChatSpace.install(person.get().id, event.space().name(), event.user().name());
        }
        String text = event.typedText() == null ? "" : event.typedText().strip();
        Optional<Commands.Command> command = Commands.parse(text);
        String reply = command.isPresent() ? commands.execute(person.get(), command.get())
                : StepText.render(flow.typed(person.get(), PLATFORM, text), person.get().locale);
        return GoogleChatReplies.message(reply);
    }

    private ObjectNode clicked(GoogleChatEvent event) {
        GoogleChatEvent.Action action = event.action();
        String function = action != null && action.actionMethodName() != null ? action.actionMethodName()
                : event.common() == null ? null : event.common().invokedFunction();
        if (!GoogleChatPrompts.SUBMIT_FUNCTION.equals(function)) {
            throw ApiException.invalid("action.actionMethodName", "must be " + GoogleChatPrompts.SUBMIT_FUNCTION);
        }
        String cycle = action != null ? action.parameter(GoogleChatPrompts.CYCLE_PARAMETER) : null;
        if (cycle == null && event.common() != null && event.common().parameters() != null) {
            cycle = event.common().parameters().get(GoogleChatPrompts.CYCLE_PARAMETER);
        }
        UUID cycleId = InboundBody.uuid(cycle, "action.parameters.cycle");
        Person person = personOf(event)
                .orElseThrow(() -> ApiException.forbidden("This Google Chat user is not on any roster"));
        Map<String, GoogleChatEvent.Input> inputs = event.common() == null || event.common().formInputs() == null
                ? Map.of() : event.common().formInputs();
        String comment = commentOf(inputs);
        ReplyToken reply = comment != null && !comment.isBlank() && repliesWanted(inputs) ? ReplyToken.generate()
                : null;
        SealingService.Outcome outcome = sealing.seal(new Submission(cycleId, person.id, answersOf(inputs), comment,
                reply == null ? null : reply.digest()));
        if (outcome != SealingService.Outcome.SEALED) {
            return GoogleChatReplies.updateCard(StepText.messages(person.locale).alreadyAnswered());
        }
        if (reply == null) {
            return GoogleChatReplies.updateCard(StepText.messages(person.locale).thanks());
        }
        // The code travels only in this HTTP response, which Google shows in place of the card: never queued, never
        // stored, and sent only once the transaction has committed (it commits before the resource writes the body).
        return GoogleChatReplies.updateCard(StepText.messages(person.locale).thanks(), reply.token(),
                messages(person.locale).replyCode(reply.token(), api.publicBaseUrl() + "/replies"));
    }

    private static boolean repliesWanted(Map<String, GoogleChatEvent.Input> inputs) {
        GoogleChatEvent.Input box = inputs.get(GoogleChatPrompts.REPLIES_INPUT);
        return box != null && box.stringInputs() != null && box.stringInputs().value() != null
                && box.stringInputs().value().contains(GoogleChatPrompts.REPLIES_WANTED);
    }

    /**
     * The person behind an event: by the stored space of the user, else by their Google user id or email on a
     * Google Chat roster entry.
     */
    private static Optional<Person> personOf(GoogleChatEvent event) {
        Optional<GoogleChatSpace> space = GoogleChatSpace.bySpace(event.space().name())
                .filter(s -> s.userName.equals(event.user().name()));
        if (space.isPresent()) {
            return Optional.ofNullable(Person.findById(space.get().personId));
        }
        Optional<Person> byId = Person.findByChatIdentity(PLATFORM, event.user().name());
        if (byId.isPresent() || event.user().email() == null || event.user().email().isBlank()) {
            return byId;
        }
        // HR may have entered the Google account's email as the chat user id, or only as the person's email.
        return Person.find("platform = ?1 and (lower(platformUserId) = lower(?2) or lower(email) = lower(?2))",
                PLATFORM, event.user().email().strip()).firstResultOptional();
    }

    private static List<Submission.RawAnswer> answersOf(Map<String, GoogleChatEvent.Input> inputs) {
        List<Submission.RawAnswer> answers = new ArrayList<>();
        for (Map.Entry<String, GoogleChatEvent.Input> input : inputs.entrySet()) {
            String name = input.getKey();
            if (name == null || !name.startsWith(GoogleChatPrompts.QUESTION_INPUT_PREFIX)) {
                continue;
            }
            String field = "common.formInputs." + name;
            UUID questionId = InboundBody.uuid(name.substring(GoogleChatPrompts.QUESTION_INPUT_PREFIX.length()), field);
            GoogleChatEvent.Input value = input.getValue();
            if (value != null && value.count() > 1) {
                throw ApiException.invalid(field, "must hold one value");
            }
            answers.add(new Submission.RawAnswer(questionId, value == null ? null : value.first(), field));
        }
        return answers;
    }

    private static String commentOf(Map<String, GoogleChatEvent.Input> inputs) {
        GoogleChatEvent.Input comment = inputs.get(GoogleChatPrompts.COMMENT_INPUT);
        return comment == null ? null : comment.first();
    }

    /** Refuses events outside the replay window, so a replay record outlives every event it could be replayed with. */
    private void checkFresh(String eventTime) {
        Instant at;
        try {
            at = Instant.parse(eventTime);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("eventTime", "must be an RFC 3339 time");
        }
        Duration window = conversation.dedupRetention();
        Instant now = clock.instant();
        if (at.isBefore(now.minus(window)) || at.isAfter(now.plus(window))) {
            throw InboundBody.unauthorized("The Google Chat event is outside the replay window");
        }
    }

    /** What makes an event unique: Google sends no event id, but never two events of one user at the same time. */
    private static String replayKey(GoogleChatEvent event) {
        String message = event.message() == null ? "" : String.valueOf(event.message().name());
        return String.join("|", event.type(), event.eventTime(), event.space().name(), event.user().name(), message);
    }

    private static GoogleChatMessages messages(String locale) {
        return UserLocale.bundle(GoogleChatMessages.class, locale);
    }
}
