package io.pulsecheck.replies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;
import io.pulsecheck.responses.AnswerValue;
import io.pulsecheck.responses.CycleMixed;
import io.pulsecheck.responses.FreeTextScrubber;
import io.pulsecheck.responses.RepliesWanted;
import io.pulsecheck.schedule.Cycle;
import io.quarkus.scheduler.Scheduled;

/**
 * Anonymous conversations on comments. A thread is stored with its comment, in the transaction that writes the
 * comment out of a sealed submission, holding only the digest of the writer's reply code. Both sides reach it only
 * while the comment itself is shown: its check-in released, and at least the comment threshold of its people wrote a
 * comment. The leader finds it by the comment on their team's page; the writer only by their code. Nothing here
 * logs: a code is a credential and a message is an answer.
 */
@ApplicationScoped
public class ReplyThreads {

    /** The threads that are shown, with their comment, team and check-in date: the one visibility rule. */
    private static final String SHOWN = """
            from reply_thread t
            join response_comment rc on rc.id = t.comment_id
            join cycle c on c.id = rc.cycle_id
            where %s
              and (select count(*) from response_comment n where n.cycle_id = c.id) >= c.comment_threshold
            """.formatted(Cycle.releasedSql("c"));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RepliesConfig config;

    @Inject
    FreeTextScrubber scrubber;

    /** A shown thread as read from the database. */
    private record Found(UUID commentId, UUID teamId, LocalDate cycleDate, String comment) {
    }

    /** Stores the threads of comments just written out, in the same transaction (which names nobody). */
    void store(@Observes RepliesWanted wanted) {
        for (RepliesWanted.Comment comment : wanted.comments()) {
            // A digest seen before can only be a replayed ciphertext; the first thread keeps it, this comment stays plain.
            em.createNativeQuery("""
                    insert into reply_thread (comment_id, token_digest) values (:comment, :digest)
                    on conflict do nothing""")
                    .setParameter("comment", comment.commentId()).setParameter("digest", comment.tokenDigest())
                    .executeUpdate();
        }
    }

    /**
     * Rewrites the released cycle's threads in the mixing transaction, ordered by comment id, so that they carry the
     * same transaction id as every other row of the cycle and no longer tell which batch their comment came in.
     */
    void mix(@Observes CycleMixed mixed) {
        em.createNativeQuery("""
                with gone as (delete from reply_thread
                              where comment_id in (select id from response_comment where cycle_id = :cycle)
                              returning comment_id, token_digest)
                insert into reply_thread (comment_id, token_digest)
                select comment_id, token_digest from gone order by comment_id
                """).setParameter("cycle", mixed.cycleId()).executeUpdate();
    }

    /** The shown threads of a team, newest check-in first, as the leader sees them. */
    @Transactional
    public List<ReplyThreadView> ofTeam(UUID teamId) {
        List<Found> found = find("and rc.team_id = :team order by rc.cycle_date desc, rc.id", "team", teamId);
        List<ReplyThreadView> views = new ArrayList<>();
        for (Found thread : found) {
            views.add(view(thread, true));
        }
        return views;
    }

    @Scheduled(cron = "${pulsecheck.replies.release-cron:0 0 7 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRelease() {
        releaseWriterMessages();
    }

    /**
     * Shows the leaders every writer's message written since the last release, all at once: a leader watching their
     * page learns that an answer came in the last day, not when. Returns how many.
     */
    @Transactional
    public int releaseWriterMessages() {
        return em.createNativeQuery("update thread_message set shown = true where not shown").executeUpdate();
    }

    /**
     * The leader's reply to a shown comment of their team that invites replies. 404 when the team has no such shown
     * thread, 410 when it no longer takes messages, 400 for an empty or too long text.
     */
    @Transactional
    public ReplyThreadView replyAsLeader(UUID teamId, UUID commentId, String body) {
        String text = checkedBody(body);
        Found thread = find("and rc.team_id = :team and t.comment_id = :comment", "team", teamId, "comment", commentId)
                .stream().findFirst().orElseThrow(() -> ApiException.notFound("Reply thread", commentId));
        append(thread, true, text);
        return view(thread, true);
    }

    /** The thread the reply code belongs to, as its writer sees it. */
    @Transactional
    public ReplyThreadView forWriter(String token) {
        return view(byToken(token), false);
    }

    /** The writer's answer, scrubbed like a comment. Same refusals as {@link #replyAsLeader}, and nothing changes. */
    @Transactional
    public ReplyThreadView answerAsWriter(String token, String body) {
        Found thread = byToken(token);
        String text = checkedBody(body);
        append(thread, false, scrubber.scrub(text, thread.teamId()));
        return view(thread, false);
    }

    @Scheduled(every = "${pulsecheck.replies.expire-every:6h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledExpiry() {
        expire();
    }

    /** Deletes the threads (and their messages) of check-ins older than the open days; returns how many. */
    @Transactional
    public int expire() {
        LocalDate oldest = oldestOpenDate();
        em.createNativeQuery("""
                delete from thread_message where comment_id in (
                    select t.comment_id from reply_thread t join response_comment rc on rc.id = t.comment_id
                    where rc.cycle_date < :oldest)""").setParameter("oldest", oldest).executeUpdate();
        return em.createNativeQuery("""
                delete from reply_thread where comment_id in (
                    select rc.id from response_comment rc where rc.cycle_date < :oldest)""")
                .setParameter("oldest", oldest).executeUpdate();
    }

    private Found byToken(String token) {
        if (token == null || token.isBlank()) {
            throw ApiException.invalid("token", "must not be missing");
        }
        if (!ReplyToken.looksValid(token)) {
            throw ApiException.invalid("token", "is not a reply code (43 letters, digits, - and _)");
        }
        return find("and t.token_digest = :digest", "digest", ReplyToken.digestOf(token)).stream().findFirst()
                .orElseThrow(() -> new ApiException(Problem.of(Status.NOT_FOUND, "reply-code-unknown",
                        "No conversation is open for this reply code. A conversation opens when the check-in has "
                                + "closed and its comments are shown, and ends some weeks later; a code cannot be "
                                + "recovered or looked up.")));
    }

    private List<Found> find(String condition, Object... parameters) {
        var query = em.createNativeQuery("select t.comment_id, rc.team_id, rc.cycle_date, rc.body " + SHOWN
                + condition, Tuple.class);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new Found(row.get(0, UUID.class), row.get(1, UUID.class),
                toDate(row.get(2)), row.get(3, String.class))).toList();
    }

    private void append(Found thread, boolean fromLeader, String text) {
        if (!isOpen(thread)) {
            throw new ApiException(Problem.of(Status.GONE, "reply-thread-closed",
                    "This conversation no longer takes messages"));
        }
        // Locks the thread, so two messages at once get consecutive turns.
        em.createNativeQuery("select comment_id from reply_thread where comment_id = :comment for update")
                .setParameter("comment", thread.commentId()).getResultList();
        int turns = ((Number) em.createNativeQuery(
                "select count(*) from thread_message where comment_id = :comment")
                .setParameter("comment", thread.commentId()).getSingleResult()).intValue();
        if (turns >= config.maxMessages()) {
            throw new ApiException(Problem.of(Status.CONFLICT, "reply-thread-full",
                    "This conversation has reached its " + config.maxMessages() + " messages"));
        }
        ThreadMessage message = new ThreadMessage();
        message.id = UUID.randomUUID();
        message.commentId = thread.commentId();
        message.turn = turns + 1;
        message.fromLeader = fromLeader;
        message.shown = fromLeader;
        message.body = text;
        message.persist();
        ThreadMessage.flush();
    }

    /** The thread as one side sees it: the leader the shown messages only, the writer every message. */
    private ReplyThreadView view(Found thread, boolean forLeader) {
        List<ThreadMessage> messages = ThreadMessage.list("commentId = ?1 order by turn", thread.commentId());
        if (forLeader) {
            messages = messages.stream().filter(message -> message.shown).toList();
        }
        return new ReplyThreadView(thread.commentId(), thread.cycleDate(), thread.comment(), isOpen(thread),
                thread.cycleDate().plusDays(config.openDays()),
                messages.stream().map(m -> new ReplyThreadView.Message(m.fromLeader ? "leader" : "writer", m.body))
                        .toList());
    }

    private boolean isOpen(Found thread) {
        return !thread.cycleDate().isBefore(oldestOpenDate());
    }

    private LocalDate oldestOpenDate() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(config.openDays());
    }

    private static String checkedBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw ApiException.invalid("body", "must not be empty");
        }
        if (text.length() > AnswerValue.MAX_TEXT_LENGTH) {
            throw ApiException.invalid("body", "must be at most " + AnswerValue.MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
