package io.pulsecheck.platform.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.conversation.Commands;
import io.pulsecheck.conversation.ConversationFlow;
import io.pulsecheck.conversation.InboundRequests;
import io.pulsecheck.conversation.Step;
import io.pulsecheck.conversation.StepText;
import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.platform.InboundBody;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.replies.ReplyToken;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.teams.Person;

/**
 * What verified Slack requests do, each in one transaction with its replay record: a failure rolls everything back.
 * Replies are queued in the outbox and sent after the acknowledgement.
 */
@ApplicationScoped
public class SlackHandler {

    private static final String QUESTION_BLOCK_PREFIX = "q:";
    private static final String COMMENT_BLOCK = "comment";
    private static final String SUBMIT_BLOCK = "submit";
    /** The checkboxes beside Submit asking for replies to the comment, and the value of its one option. */
    static final String REPLIES = "replies";
    static final String REPLIES_WANTED = "wanted";

    @Inject
    InboundRequests inbound;

    @Inject
    SealingService sealing;

    @Inject
    ConversationFlow flow;

    @Inject
    Commands commands;

    @Inject
    Outbox outbox;

    @Inject
    SlackConfig config;

    @Inject
    SlackAddresses addresses;

    @Inject
    SlackInstalls installs;

    @Inject
    SlackHome home;

    /** Outcome of an event: handled, or a platform retry of one handled before. */
    public enum EventResult {
        HANDLED, DUPLICATE
    }

    /**
     * Handles a direct-message event: a command, or a typed step of the conversation. A repeated event id is
     * acknowledged without effect when Slack marks it as a retry, and refused as a replay otherwise.
     */
    @Transactional
    public EventResult event(SlackEventEnvelope envelope, boolean platformRetry) {
        if (!inbound.firstTime("slack-event", envelope.eventId())) {
            if (platformRetry) {
                return EventResult.DUPLICATE;
            }
            throw InboundRequests.replay();
        }
        SlackEventEnvelope.Event event = envelope.event();
        if (event == null) {
            return EventResult.HANDLED;
        }
        if ("app_uninstalled".equals(event.type()) || "tokens_revoked".equals(event.type()) && event.revokesBotToken()) {
            installs.removed(envelope.teamId(), envelope.enterpriseId(), event.type());
            return EventResult.HANDLED;
        }
        if ("app_home_opened".equals(event.type()) && "home".equals(event.tab()) && event.user() != null) {
            outbox.enqueue(home.publish(workspaceOf(envelope.teamId(), envelope.enterpriseId()), event.user(),
                    addresses.person(envelope.teamId(), envelope.enterpriseId(), event.user()),
                    "slack-home:" + envelope.eventId()));
            return EventResult.HANDLED;
        }
        if (!event.isPersonalDirectMessage()) {
            return EventResult.HANDLED;
        }
        Optional<Person> person = addresses.person(envelope.teamId(), envelope.enterpriseId(), event.user());
        String reply;
        UUID cycleId = null;
        if (person.isEmpty()) {
            reply = StepText.messages(null).notOnRoster();
        } else {
            Optional<Commands.Command> command = Commands.parse(event.text());
            if (command.isPresent()) {
                reply = commands.execute(person.get(), command.get());
            } else {
                Step step = flow.typed(person.get(), PlatformId.SLACK, event.text());
                cycleId = cycleOf(step);
                reply = StepText.render(step, person.get().locale);
            }
        }
        OutboundMessage message = SlackReplies.dm(event.channel(),
                workspaceOf(envelope.teamId(), envelope.enterpriseId()), reply,
                "slack-reply:" + envelope.eventId());
        // A reply names its person, so erasing them deletes it; within a check-in also the cycle, whose close deletes
        // it once sent. A reply to someone not on the roster names nobody.
        if (person.isPresent()) {
            message = cycleId == null ? message.toPerson(person.get().id) : message.forPerson(cycleId, person.get().id);
        }
        outbox.enqueue(message);
        return EventResult.HANDLED;
    }

    /**
     * A reply code to hand to the writer of a comment once the transaction that sealed it has committed; never
     * stored.
     *
     * @param workspace the installation whose bot posts it
     * @param userId the Slack user, whose direct message with the app receives it
     * @param token the code
     * @param locale the person's language
     */
    public record ReplyCode(String workspace, String userId, String token, String locale) {
    }

    /**
     * Seals the Submit of a whole pulse and replaces the original message with the thank-you (or the polite refusal
     * of a second submission) through its {@code response_url}. When the person wrote a comment and ticked the
     * replies box, returns their reply code: only its digest is sealed with the comment, and the code itself goes
     * straight to their chat after the commit, not through the outbox (whose rows name the person).
     */
    @Transactional
    public Optional<ReplyCode> submit(SlackInteraction interaction, String signature) {
        inbound.refuseReplay("slack-interaction", signature);
        SlackInteraction.Action action = interaction.actions().get(0);
        UUID cycleId = InboundBody.uuid(action.value(), "actions[0].value");
        String responseUrl = interaction.responseUrl();
        if (responseUrl != null && !responseUrl.startsWith(config.responseUrlPrefix())) {
            throw ApiException.invalid("response_url", "is not a Slack response URL");
        }
        Person person = personOf(interaction);
        String comment = commentOf(interaction.state());
        ReplyToken reply = comment != null && !comment.isBlank() && repliesWanted(interaction.state())
                ? ReplyToken.generate() : null;
        SealingService.Outcome outcome = sealing.seal(new Submission(cycleId, person.id,
                answersOf(interaction.state()), comment, reply == null ? null : reply.digest()));
        String workspace = workspaceOf(teamOf(interaction), enterpriseOf(interaction));
        if (responseUrl != null) {
            String text = outcome == SealingService.Outcome.SEALED ? StepText.messages(person.locale).thanks()
                    : StepText.messages(person.locale).alreadyAnswered();
            outbox.enqueue(SlackReplies.replaceOriginal(responseUrl, workspace, text).forPerson(cycleId, person.id));
        }
        if (reply == null || outcome != SealingService.Outcome.SEALED) {
            return Optional.empty();
        }
        return Optional.of(new ReplyCode(workspace, interaction.user().id(), reply.token(), person.locale));
    }

    /**
     * A press of an App Home button: pause, resume, stop or language, carried out like the typed command, and the
     * home republished to show the new state.
     */
    @Transactional
    public void homeAction(SlackInteraction interaction, String signature) {
        inbound.refuseReplay("slack-interaction", signature);
        SlackInteraction.Action action = interaction.actions().get(0);
        Commands.Command command = (switch (action.actionId()) {
            case SlackHome.PAUSE -> Commands.of("pause", null);
            case SlackHome.RESUME -> Commands.of("resume", null);
            case SlackHome.STOP -> Commands.of("stop", null);
            case SlackHome.LANGUAGE -> Commands.of("language", action.value());
            default -> Optional.<Commands.Command>empty();
        }).orElseThrow(() -> ApiException.invalid("actions[0]", "is not an App Home action"));
        Person person = personOf(interaction);
        commands.execute(person, command);
        outbox.enqueue(home.publish(workspaceOf(teamOf(interaction), enterpriseOf(interaction)),
                interaction.user().id(), Optional.of(person), null));
    }

    private Person personOf(SlackInteraction interaction) {
        return addresses.person(teamOf(interaction), enterpriseOf(interaction), interaction.user().id())
                .orElseThrow(() -> ApiException.forbidden("This Slack user is not on any roster"));
    }

    /** The installation that sends to this workspace: its own, its organisation's, or the workspace as Slack named it. */
    private static String workspaceOf(String teamId, String enterpriseId) {
        return SlackInstallation.forTeam(teamId, enterpriseId).map(installation -> installation.teamId)
                .orElse(teamId);
    }

    private static String teamOf(SlackInteraction interaction) {
        return interaction.team() == null ? null : interaction.team().id();
    }

    private static String enterpriseOf(SlackInteraction interaction) {
        return interaction.enterprise() == null ? null : interaction.enterprise().id();
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

    private static List<Submission.RawAnswer> answersOf(SlackInteraction.State state) {
        List<Submission.RawAnswer> answers = new ArrayList<>();
        if (state == null || state.values() == null) {
            return answers;
        }
        for (Map.Entry<String, Map<String, SlackInteraction.Input>> block : state.values().entrySet()) {
            if (!block.getKey().startsWith(QUESTION_BLOCK_PREFIX)) {
                continue;
            }
            String field = "state.values." + block.getKey() + ".answer";
            UUID questionId = InboundBody.uuid(block.getKey().substring(QUESTION_BLOCK_PREFIX.length()), field);
            SlackInteraction.Input input = block.getValue() == null ? null : block.getValue().get("answer");
            answers.add(new Submission.RawAnswer(questionId, input == null ? null : input.raw(), field));
        }
        return answers;
    }

    private static boolean repliesWanted(SlackInteraction.State state) {
        if (state == null || state.values() == null || state.values().get(SUBMIT_BLOCK) == null) {
            return false;
        }
        SlackInteraction.Input input = state.values().get(SUBMIT_BLOCK).get(REPLIES);
        return input != null && input.selectedOptions() != null && input.selectedOptions().stream()
                .anyMatch(option -> REPLIES_WANTED.equals(option.value()));
    }

    private static String commentOf(SlackInteraction.State state) {
        if (state == null || state.values() == null || state.values().get(COMMENT_BLOCK) == null) {
            return null;
        }
        SlackInteraction.Input input = state.values().get(COMMENT_BLOCK).get(COMMENT_BLOCK);
        return input == null ? null : input.value();
    }
}
