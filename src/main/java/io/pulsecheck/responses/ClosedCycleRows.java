package io.pulsecheck.responses;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.pulsecheck.questions.Question;
import io.pulsecheck.questions.QuestionSetVersion;

/**
 * Writes the anonymous rows of a closed cycle's history directly, as the release would have left them (random ids,
 * the cycle's date only, no receipts), for seeding demo data. Real answers only ever arrive through
 * {@link SealingService} and {@link PendingSubmissions}. The caller mixes the cycle afterwards, and must not write
 * identity-bearing rows in the same transaction.
 */
@ApplicationScoped
public class ClosedCycleRows {

    /**
     * Stores one response per respondent and the comments.
     *
     * @param respondents per respondent, the raw answers in the order of the version's questions; an answer a
     *        question does not accept is left out, as a skip would be
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID cycleId, UUID teamId, LocalDate date, QuestionSetVersion version,
            List<List<String>> respondents, List<String> comments) {
        for (List<String> raw : respondents) {
            Response response = new Response();
            response.id = UUID.randomUUID();
            response.cycleId = cycleId;
            response.teamId = teamId;
            response.cycleDate = date;
            response.questionSetVersionId = version.id;
            response.persist();
            for (int q = 0; q < version.questions.size(); q++) {
                Question question = version.questions.get(q);
                AnswerValue value = AnswerValue.parse(question, raw.get(q)).orElse(null);
                if (value == null) {
                    continue;
                }
                if (value.text() != null) {
                    FreeTextAnswer text = new FreeTextAnswer();
                    text.id = UUID.randomUUID();
                    text.cycleId = cycleId;
                    text.teamId = teamId;
                    text.cycleDate = date;
                    text.questionId = question.id;
                    text.body = value.text();
                    text.persist();
                    continue;
                }
                Answer answer = new Answer();
                answer.id = UUID.randomUUID();
                answer.responseId = response.id;
                answer.questionId = question.id;
                answer.dimension = question.dimension;
                answer.value = value.value();
                answer.choice = value.choice();
                answer.persist();
            }
        }
        for (String body : comments) {
            ResponseComment comment = new ResponseComment();
            comment.id = UUID.randomUUID();
            comment.cycleId = cycleId;
            comment.teamId = teamId;
            comment.cycleDate = date;
            comment.body = body;
            comment.persist();
        }
        Response.flush();
    }
}
