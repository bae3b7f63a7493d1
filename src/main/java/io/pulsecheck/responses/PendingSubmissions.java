package io.pulsecheck.responses;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Turns pending {@code sealed_submission} ciphertexts into readable anonymous rows (responses, answers, free-text
 * answers, comments). A cycle is flushed only when at least k submissions are pending, all of them at once, in random
 * order, in one transaction that reads and writes no identity-bearing row and deletes the ciphertexts it wrote out.
 * Replicas never flush the same submission twice: each locks its rows with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class PendingSubmissions {

    private static final Logger LOG = Logger.getLogger(PendingSubmissions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    SealingCipher cipher;

    @Inject
    ObjectMapper json;

    @Inject
    Event<RepliesWanted> repliesWanted;

    /** A comment to write, with the digest of its writer's reply token when they asked for replies. */
    private record CommentRow(String body, byte[] replyDigest) {
    }

    @Scheduled(every = "${pulsecheck.responses.flush-every:1m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledFlush() {
        flushDue();
    }

    /** Flushes every open cycle with at least k pending submissions, each in its own transaction; returns how many. */
    public int flushDue() {
        @SuppressWarnings("unchecked")
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select c.id from cycle c join sealed_submission s on s.cycle_id = c.id
                group by c.id, c.team_id
                having count(*) >= """ + CycleThreshold.EFFECTIVE_K, UUID.class).getResultList());
        int flushed = 0;
        for (UUID cycleId : due) {
            try {
                flushed += QuarkusTransaction.requiringNew().call(() -> flushCycle(cycleId, false));
            } catch (RuntimeException e) {
                // Nothing is lost: the ciphertexts stay pending and the next run tries again.
                LOG.warnf("Could not write out pending submissions of cycle %s: %s", cycleId,
                        e.getClass().getSimpleName());
            }
        }
        return flushed;
    }

    /**
     * Writes the cycle's pending submissions as plaintext rows in random order and deletes their ciphertexts, in the
     * caller's transaction, which must touch no identity-bearing row. Unless {@code rest}, nothing is written when
     * fewer than k are pending, and rows another replica is flushing are skipped; with {@code rest} (the cycle has
     * closed) whatever remains is written, after waiting for a concurrent flush of the cycle to finish.
     *
     * @return how many submissions were written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int flushCycle(UUID cycleId, boolean rest) {
        // The rest at close waits for a concurrent batch to commit, so the cycle is complete when it is mixed.
        @SuppressWarnings("unchecked")
        List<Object[]> pending = em.createNativeQuery("select id, ciphertext from sealed_submission"
                + " where cycle_id = :cycle for update" + (rest ? "" : " skip locked"))
                .setParameter("cycle", cycleId).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        Object[] cycle = (Object[]) em.createNativeQuery("select c.team_id, c.cycle_date, c.question_set_version_id, "
                + CycleThreshold.EFFECTIVE_K + " from cycle c where c.id = :cycle")
                .setParameter("cycle", cycleId).getSingleResult();
        int k = ((Number) cycle[3]).intValue();
        if (!rest && pending.size() < k) {
            return 0;
        }
        List<SealedContent> submissions = new ArrayList<>(pending.size());
        List<UUID> ids = new ArrayList<>(pending.size());
        for (Object[] row : pending) {
            ids.add((UUID) row[0]);
            submissions.add(read(cycleId, (byte[]) row[1]));
        }
        Collections.shuffle(submissions, RANDOM);
        write(cycleId, (UUID) cycle[0], toDate(cycle[1]), (UUID) cycle[2], submissions);
        em.createNativeQuery("delete from sealed_submission where id in (:ids)").setParameter("ids", ids)
                .executeUpdate();
        LOG.debugf("Wrote %d pending submissions of cycle %s", submissions.size(), cycleId);
        return submissions.size();
    }

    private SealedContent read(UUID cycleId, byte[] ciphertext) {
        try {
            return json.readValue(cipher.open(SealingCipher.Purpose.SUBMISSION, cycleId.toString(), ciphertext),
                    SealedContent.class);
        } catch (IOException e) {
            throw new IllegalStateException("A pending submission of cycle " + cycleId + " is not readable", e);
        }
    }

    /** Inserts in the shuffled order; comments and free texts are shuffled again on their own. */
    private void write(UUID cycleId, UUID teamId, LocalDate cycleDate, UUID versionId, List<SealedContent> submissions) {
        List<CommentRow> comments = new ArrayList<>();
        List<SealedContent.Text> texts = new ArrayList<>();
        List<RepliesWanted.Comment> wanted = new ArrayList<>();
        for (SealedContent submission : submissions) {
            if (submission.comment() != null) {
                comments.add(new CommentRow(submission.comment(), submission.replyDigest()));
            }
            if (submission.texts() != null) {
                texts.addAll(submission.texts());
            }
        }
        Collections.shuffle(comments, RANDOM);
        Collections.shuffle(texts, RANDOM);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement responses = connection.prepareStatement("""
                    insert into response (id, cycle_id, team_id, cycle_date, question_set_version_id)
                    values (?, ?, ?, ?, ?)""");
                    PreparedStatement answers = connection.prepareStatement("""
                            insert into answer (id, response_id, question_id, dimension, value, choice)
                            values (?, ?, ?, ?, ?, ?)""");
                    PreparedStatement freeTexts = connection.prepareStatement("""
                            insert into free_text_answer (id, cycle_id, team_id, cycle_date, question_id, body)
                            values (?, ?, ?, ?, ?, ?)""");
                    PreparedStatement commentRows = connection.prepareStatement("""
                            insert into response_comment (id, cycle_id, team_id, cycle_date, body)
                            values (?, ?, ?, ?, ?)""")) {
                for (SealedContent submission : submissions) {
                    UUID responseId = UUID.randomUUID();
                    responses.setObject(1, responseId);
                    responses.setObject(2, cycleId);
                    responses.setObject(3, teamId);
                    responses.setObject(4, cycleDate);
                    responses.setObject(5, versionId);
                    responses.addBatch();
                    for (SealedContent.Scored answer : submission.answers()) {
                        answers.setObject(1, UUID.randomUUID());
                        answers.setObject(2, responseId);
                        answers.setObject(3, answer.questionId());
                        answers.setString(4, answer.dimension());
                        answers.setObject(5, answer.value(), java.sql.Types.INTEGER);
                        answers.setString(6, answer.choice());
                        answers.addBatch();
                    }
                }
                for (SealedContent.Text text : texts) {
                    freeTexts.setObject(1, UUID.randomUUID());
                    freeTexts.setObject(2, cycleId);
                    freeTexts.setObject(3, teamId);
                    freeTexts.setObject(4, cycleDate);
                    freeTexts.setObject(5, text.questionId());
                    freeTexts.setString(6, text.body());
                    freeTexts.addBatch();
                }
                for (CommentRow comment : comments) {
                    UUID commentId = UUID.randomUUID();
                    commentRows.setObject(1, commentId);
                    commentRows.setObject(2, cycleId);
                    commentRows.setObject(3, teamId);
                    commentRows.setObject(4, cycleDate);
                    commentRows.setString(5, comment.body());
                    commentRows.addBatch();
                    if (comment.replyDigest() != null) {
                        wanted.add(new RepliesWanted.Comment(commentId, comment.replyDigest()));
                    }
                }
                // Responses first: answers reference them.
                responses.executeBatch();
                answers.executeBatch();
                freeTexts.executeBatch();
                commentRows.executeBatch();
            }
        });
        if (!wanted.isEmpty()) {
            repliesWanted.fire(new RepliesWanted(cycleId, wanted));
        }
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
