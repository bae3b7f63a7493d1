package io.pulsecheck.platform.mattermost;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.conversation.Commands;
import io.pulsecheck.conversation.ConversationFlow;
import io.pulsecheck.conversation.InboundRequests;
import io.pulsecheck.conversation.Step;
import io.pulsecheck.conversation.StepText;
import io.pulsecheck.platform.InboundBody;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.teams.Person;

/** What verified Mattermost requests do, each in one transaction with its replay record. */
@ApplicationScoped
public class MattermostHandler {

    static final PlatformId PLATFORM = PlatformId.MATTERMOST;

    @Inject
    InboundRequests inbound;

    @Inject
    ConversationFlow flow;

    @Inject
    Commands commands;

    @Inject
    MattermostReplies replies;

    @Inject
    MattermostActionTokens tokens;

    /** A button press whose token was verified: records the answer and returns the update showing the next step. */
    @Transactional
    public ObjectNode press(MattermostActionRequest request) {
        // Mattermost always sends both; without them a captured button could be replayed or pressed by anyone.
        if (request.triggerId() == null || request.triggerId().isBlank()) {
            throw ApiException.invalid("trigger_id", "must not be blank");
        }
        inbound.refuseReplay("mattermost-action", request.triggerId());
        MattermostActionRequest.Context context = request.context();
        UUID cycleId = InboundBody.uuid(context.cycle(), "context.cycle");
        Person person = Person.findById(InboundBody.uuid(context.person(), "context.person"));
        if (person == null) {
            throw ApiException.forbidden("This button is not addressed to a known person");
        }
        // The token binds the button to a person, known by their Mattermost user id (a user name can change).
        if (!PLATFORM.equals(person.platform) || !Objects.equals(request.userId(), person.platformUserId)) {
            throw ApiException.forbidden("This button is addressed to someone else");
        }
        if (!tokens.firstUse(context)) {
            throw InboundRequests.replay();
        }
        Step step = flow.press(cycleId, person, PlatformId.MATTERMOST, context.question(), context.value());
        return replies.update(step, person, request.postId());
    }

    /** The {@code /pulse} slash command: a command, or text answering the current step of the conversation. */
    @Transactional
    public ObjectNode command(String userId, String text, String triggerId) {
        inbound.refuseReplay("mattermost-command", triggerId);
        Optional<Person> found = Person.findByChatIdentity(PLATFORM, userId);
        if (found.isEmpty()) {
            return replies.ephemeral(StepText.messages(null).notOnRoster(), null, null);
        }
        Person person = found.get();
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            return replies.ephemeral(StepText.messages(person.locale).help(), null, null);
        }
        Optional<Commands.Command> command = Commands.parse(input);
        if (command.isPresent()) {
            return replies.ephemeral(commands.execute(person, command.get()), null, null);
        }
        Step step = flow.typed(person, PlatformId.MATTERMOST, input);
        return replies.ephemeral(replies.text(step, person.locale), step, person);
    }
}
