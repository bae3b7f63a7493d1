package io.pulsecheck.platform.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.conversation.Commands;
import io.pulsecheck.conversation.InboundRequests;
import io.pulsecheck.conversation.StepText;
import io.pulsecheck.platform.InboundBody;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.replies.ReplyToken;
import io.pulsecheck.responses.SealingService;
import io.pulsecheck.responses.Submission;
import io.pulsecheck.teams.Person;

/** What verified generic webhook requests do, each in one transaction with its replay record. */
@ApplicationScoped
public class GenericHandler {

    static final PlatformId PLATFORM = PlatformId.WEBHOOK;

    @Inject
    InboundRequests inbound;

    @Inject
    SealingService sealing;

    @Inject
    Commands commands;

    @Transactional
    public GenericReply handle(GenericInbound request, String signature) {
        inbound.refuseReplay("generic", signature);
        Person person = Person.findByChatIdentity(PLATFORM, request.userId())
                .orElseThrow(() -> ApiException.forbidden("This user is not on any roster"));
        if (GenericInbound.SUBMISSION.equals(request.type())) {
            return submit(request, person);
        }
        Commands.Command command = Commands.of(request.command() == null ? "" : request.command(),
                request.argument())
                .orElseThrow(() -> ApiException.invalid(request.command() == null ? "command" : "argument",
                        "must be help, pause [days|yyyy-mm-dd], stop, resume or language de|en"));
        return new GenericReply("ok", commands.execute(person, command));
    }

    private GenericReply submit(GenericInbound request, Person person) {
        if (request.cycleId() == null) {
            throw ApiException.invalid("cycleId", "must not be missing");
        }
        UUID cycleId = InboundBody.uuid(request.cycleId(), "cycleId");
        List<Submission.RawAnswer> answers = new ArrayList<>();
        if (request.answers() != null) {
            for (int i = 0; i < request.answers().size(); i++) {
                GenericInbound.GenericAnswer answer = request.answers().get(i);
                String field = "answers[" + i + "]";
                answers.add(new Submission.RawAnswer(InboundBody.uuid(answer.questionId(), field + ".questionId"),
                        answer.value(), field + ".value"));
            }
        }
        // The code goes back only in this synchronous answer: nothing queues, stores or logs it.
        ReplyToken reply = Boolean.TRUE.equals(request.replies()) && request.comment() != null
                && !request.comment().isBlank() ? ReplyToken.generate() : null;
        SealingService.Outcome outcome = sealing.seal(new Submission(cycleId, person.id, answers, request.comment(),
                reply == null ? null : reply.digest()));
        return outcome == SealingService.Outcome.SEALED
                ? new GenericReply("recorded", StepText.messages(person.locale).thanks(),
                        reply == null ? null : reply.token())
                : new GenericReply("already_answered", StepText.messages(person.locale).alreadyAnswered());
    }
}
