package io.pulsecheck.responses;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;
import io.pulsecheck.questions.Question;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.teams.Team;

/**
 * Seals a submission: in one transaction it writes the receipt, the anonymous response with its answers and the
 * scrubbed comment, and deletes the person's conversation state. The receipt and the response share no key, the
 * response carries the cycle's date only, and every id is a fresh random UUID.
 */
@ApplicationScoped
public class SealingService {

    /** What sealing did. */
    public enum Outcome {
        /** The answers are stored. */
        SEALED,
        /** The person had answered this cycle already; nothing new is stored. */
        ALREADY_ANSWERED
    }

    @Inject
    Clock clock;

    @Inject
    FreeTextScrubber scrubber;

    /** Finds the cycle and checks that it is open and that the person belongs to its team. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cycle openCycleFor(UUID cycleId, UUID personId) {
        Cycle cycle = Cycle.findById(cycleId);
        if (cycle == null) {
            throw ApiException.notFound("Cycle", cycleId);
        }
        if (!cycle.isOpenAt(clock.instant())) {
            throw new ApiException(Problem.of(Status.GONE, "cycle-closed", "This check-in has closed"));
        }
        long member = Team.count("select count(t) from Team t join t.members m where t.id = ?1 and m.id = ?2",
                cycle.team.id, personId);
        if (member == 0) {
            throw ApiException.forbidden("This check-in is not addressed to you");
        }
        return cycle;
    }

    /**
     * Validates and seals the submission. Invalid answers throw a 400 naming their fields, unknown or closed cycles
     * 404 or 410; in every such case nothing is written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome seal(Submission submission) {
        Cycle cycle = openCycleFor(submission.cycleId(), submission.personId());
        List<Answer> answers = validate(cycle, submission.answers());
        String comment = submission.comment() == null ? null : submission.comment().strip();
        if (comment != null && comment.length() > AnswerValue.MAX_TEXT_LENGTH) {
            throw ApiException.invalid("comment", "must be at most " + AnswerValue.MAX_TEXT_LENGTH + " characters");
        }

        deleteConversation(cycle.id, submission.personId());
        // The receipt's primary key makes a second or concurrent submission for the same cycle a no-op.
        int receipts = Receipt.getEntityManager().createNativeQuery(
                "insert into receipt (cycle_id, person_id) values (:cycle, :person) on conflict do nothing")
                .setParameter("cycle", cycle.id)
                .setParameter("person", submission.personId())
                .executeUpdate();
        if (receipts == 0) {
            return Outcome.ALREADY_ANSWERED;
        }

        Response response = new Response();
        response.id = UUID.randomUUID();
        response.cycleId = cycle.id;
        response.teamId = cycle.team.id;
        response.cycleDate = cycle.cycleDate;
        response.questionSetVersionId = cycle.questionSetVersion.id;
        response.persist();
        for (Answer answer : answers) {
            answer.id = UUID.randomUUID();
            answer.responseId = response.id;
            if (answer.textValue != null) {
                answer.textValue = scrubber.scrub(answer.textValue, cycle.team.id);
            }
            answer.persist();
        }
        if (comment != null && !comment.isEmpty()) {
            ResponseComment stored = new ResponseComment();
            stored.id = UUID.randomUUID();
            stored.cycleId = cycle.id;
            stored.teamId = cycle.team.id;
            stored.cycleDate = cycle.cycleDate;
            stored.body = scrubber.scrub(comment, cycle.team.id);
            stored.persist();
        }
        return Outcome.SEALED;
    }

    /** Deletes the identity-linked conversation state of a person in a cycle. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteConversation(UUID cycleId, UUID personId) {
        Receipt.getEntityManager()
                .createNativeQuery("delete from conversation where cycle_id = :cycle and person_id = :person")
                .setParameter("cycle", cycleId)
                .setParameter("person", personId)
                .executeUpdate();
    }

    private static List<Answer> validate(Cycle cycle, List<Submission.RawAnswer> raws) {
        Map<UUID, Question> asked = new HashMap<>();
        for (Question question : CycleQuestions.of(cycle.id)) {
            asked.put(question.id, question);
        }
        List<Answer> answers = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<UUID, Boolean> seen = new HashMap<>();
        for (Submission.RawAnswer raw : raws) {
            Question question = raw.questionId() == null ? null : asked.get(raw.questionId());
            if (question == null) {
                errors.add(new Problem.FieldError(raw.field(), "is not a question of this check-in"));
                continue;
            }
            if (seen.put(question.id, Boolean.TRUE) != null) {
                errors.add(new Problem.FieldError(raw.field(), "answers the same question twice"));
                continue;
            }
            if (isSkip(raw.raw())) {
                continue;
            }
            AnswerValue value = AnswerValue.parse(question, raw.raw()).orElse(null);
            if (value == null) {
                errors.add(new Problem.FieldError(raw.field(), "is not a valid answer to this question"));
                continue;
            }
            answers.add(toAnswer(question, value));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return answers;
    }

    /** No value, or the word the prompts use for skipping a question. */
    public static boolean isSkip(String raw) {
        return raw == null || raw.isBlank() || "skip".equalsIgnoreCase(raw.strip());
    }

    static Answer toAnswer(Question question, AnswerValue value) {
        Answer answer = new Answer();
        answer.questionId = question.id;
        answer.dimension = question.dimension;
        answer.value = value.value();
        answer.choice = value.choice();
        answer.textValue = value.text();
        return answer;
    }
}
