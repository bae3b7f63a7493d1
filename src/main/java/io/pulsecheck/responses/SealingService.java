package io.pulsecheck.responses;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;
import io.pulsecheck.questions.Question;
import io.pulsecheck.schedule.Cycle;

/**
 * Seals a submission: in one transaction it writes the receipt and ONE {@code sealed_submission} row holding the
 * whole validated, scrubbed submission as AES-GCM ciphertext, and fires {@link SubmissionSealed} (the conversation
 * deletes the person's state). No readable anonymous row is written here: {@link PendingSubmissions} turns pending ciphertexts into responses,
 * answers and comments later, in shuffled batches of at least k, in transactions that touch no identity-bearing row.
 * The receipt and the ciphertext commit together, so a crash loses nothing and a submission is never counted twice.
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

    @Inject
    SealingCipher cipher;

    @Inject
    ObjectMapper json;

    @Inject
    OpenCycleQuestions questions;

    @Inject
    Event<SubmissionSealed> sealed;

    /** The cycle a submission goes to, as far as sealing needs it. */
    private record OpenCycle(UUID id, UUID teamId) {
    }

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
        // The invited set was frozen when the cycle opened: someone added to the team since (say, by HR, to sit
        // beside a target in a small team) cannot answer this cycle, someone removed since still can.
        Number invited = (Number) Cycle.getEntityManager().createNativeQuery(
                "select count(*) from cycle_invitation where cycle_id = :cycle and person_id = :person")
                .setParameter("cycle", cycleId).setParameter("person", personId).getSingleResult();
        if (invited.intValue() == 0) {
            throw ApiException.forbidden("This check-in is not addressed to you");
        }
        return cycle;
    }

    /**
     * One statement for what {@link #openCycleFor} does in three: locks the cycle, reads whether it is open and whether
     * the person was invited. The {@code FOR KEY SHARE} lock conflicts with the closer's {@code FOR UPDATE}: a cycle is
     * not closed while a submission is being sealed into it, and a submission waits for a close under way and then
     * sees the cycle closed. So none can become pending after the cycle's rest was written out. (The foreign key check
     * takes the same lock later anyway.)
     */
    private OpenCycle lockOpenCycle(UUID cycleId, UUID personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Cycle.getEntityManager().createNativeQuery("""
                select c.team_id, c.status = 'open' and c.closes_at > :now,
                       exists (select 1 from cycle_invitation i where i.cycle_id = c.id and i.person_id = :person)
                from cycle c where c.id = :cycle for key share
                """).setParameter("cycle", cycleId).setParameter("person", personId)
                .setParameter("now", clock.instant()).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Cycle", cycleId);
        }
        Object[] row = rows.get(0);
        if (!(Boolean) row[1]) {
            throw new ApiException(Problem.of(Status.GONE, "cycle-closed", "This check-in has closed"));
        }
        // The invited set was frozen when the cycle opened: someone added to the team since cannot answer this cycle.
        if (!(Boolean) row[2]) {
            throw ApiException.forbidden("This check-in is not addressed to you");
        }
        return new OpenCycle(cycleId, (UUID) row[0]);
    }

    /**
     * Validates and seals the submission. Invalid answers throw a 400 naming their fields, unknown or closed cycles
     * 404 or 410; in every such case nothing is written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome seal(Submission submission) {
        OpenCycle cycle = lockOpenCycle(submission.cycleId(), submission.personId());
        List<Validated> answers = validate(questions.of(cycle.id()), submission.answers());
        String comment = submission.comment() == null ? null : submission.comment().strip();
        if (comment != null && comment.length() > AnswerValue.MAX_TEXT_LENGTH) {
            throw ApiException.invalid("comment", "must be at most " + AnswerValue.MAX_TEXT_LENGTH + " characters");
        }

        // The receipt's primary key makes a second or concurrent submission for the same cycle a no-op.
        int receipts = Receipt.getEntityManager().createNativeQuery(
                "insert into receipt (cycle_id, person_id) values (:cycle, :person) on conflict do nothing")
                .setParameter("cycle", cycle.id())
                .setParameter("person", submission.personId())
                .executeUpdate();
        sealed.fire(new SubmissionSealed(cycle.id(), submission.personId(), receipts == 1));
        if (receipts == 0) {
            return Outcome.ALREADY_ANSWERED;
        }

        List<SealedContent.Scored> scored = new ArrayList<>();
        List<SealedContent.Text> texts = new ArrayList<>();
        for (Validated answer : answers) {
            AnswerValue value = answer.value();
            if (value.text() != null) {
                texts.add(new SealedContent.Text(answer.question().id, scrubber.scrub(value.text(), cycle.teamId())));
            } else {
                scored.add(new SealedContent.Scored(answer.question().id, answer.question().dimension, value.value(),
                        value.choice()));
            }
        }
        String scrubbedComment = comment == null || comment.isEmpty() ? null : scrubber.scrub(comment, cycle.teamId());
        Receipt.getEntityManager().createNativeQuery(
                "insert into sealed_submission (id, cycle_id, ciphertext) values (:id, :cycle, :ciphertext)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("cycle", cycle.id())
                .setParameter("ciphertext", cipher.seal(SealingCipher.Purpose.SUBMISSION, cycle.id().toString(),
                        serialize(new SealedContent(scored, texts, scrubbedComment,
                                scrubbedComment == null ? null : submission.replyDigest()))))
                .executeUpdate();
        return Outcome.SEALED;
    }

    /** An answer that passed validation, with its question. */
    private record Validated(Question question, AnswerValue value) {
    }

    private static List<Validated> validate(List<Question> cycleQuestions, List<Submission.RawAnswer> raws) {
        Map<UUID, Question> asked = new HashMap<>();
        for (Question question : cycleQuestions) {
            asked.put(question.id, question);
        }
        List<Validated> answers = new ArrayList<>();
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
            answers.add(new Validated(question, value));
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

    private byte[] serialize(SealedContent content) {
        try {
            return json.writeValueAsBytes(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A submission could not be serialised", e);
        }
    }

}
