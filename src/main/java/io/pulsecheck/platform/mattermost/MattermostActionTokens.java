package io.pulsecheck.platform.mattermost;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.ActionTokens;
import io.pulsecheck.platform.InboundBody;
import io.pulsecheck.schedule.Cycle;

/**
 * The tokens in Mattermost button contexts. A token binds the post it sits on, the cycle, the person, the question
 * and the value, and expires when the cycle closes; each step of a post can be pressed once. Mattermost does not
 * sign its requests, so whoever sees a context (a server admin, a log) could otherwise replay or re-address it.
 */
@ApplicationScoped
public class MattermostActionTokens {

    /** The post of a button on an ephemeral message, whose id is not known when it is rendered. */
    static final String EPHEMERAL = "";

    @Inject
    ActionTokens tokens;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    /**
     * What every button of one message shares.
     *
     * @param post the post id, or {@link #EPHEMERAL}
     * @param expires the cycle's close, in epoch seconds
     */
    record Binding(String post, UUID cycleId, UUID personId, long expires) {

        Binding onPost(String postId) {
            return new Binding(postId, cycleId, personId, expires);
        }
    }

    /** The binding for buttons of a cycle's check-in; a cycle that does not exist gives buttons that never work. */
    @Transactional
    Binding binding(String post, UUID cycleId, UUID personId) {
        Cycle cycle = Cycle.findById(cycleId);
        return new Binding(post, cycleId, personId, cycle == null ? 0 : cycle.closesAt.getEpochSecond());
    }

    String sign(Binding binding, String question, String value) {
        return tokens.sign("mattermost-action", binding.post(), binding.cycleId().toString(),
                binding.personId().toString(), question, value, Long.toString(binding.expires()));
    }

    /**
     * Refuses a press whose token does not match its context (401), whose cycle has closed or whose token was made
     * for another post (403).
     */
    void verify(MattermostActionRequest request) {
        MattermostActionRequest.Context context = request.context();
        String post = postOf(context);
        if (!tokens.verify(context.token(), "mattermost-action", post, context.cycle(), context.person(),
                context.question(), context.value(), Long.toString(context.expires()))) {
            throw InboundBody.unauthorized("The action token does not match the button");
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(context.expires()))) {
            throw ApiException.forbidden("This button has expired: its check-in has closed");
        }
        if (!post.equals(EPHEMERAL) && !post.equals(request.postId())) {
            throw ApiException.forbidden("This button belongs to another message");
        }
    }

    /**
     * Records that this step of this post was pressed, in the caller's transaction; false when it was pressed
     * before. Only an HMAC of post, cycle, person and question is stored, with the token's expiry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean firstUse(MattermostActionRequest.Context context) {
        String key = tokens.sign("mattermost-use", postOf(context), context.cycle(), context.person(),
                context.question());
        return entityManager.createNativeQuery("""
                insert into mattermost_action_use (key_hash, expires_at) values (:key, :expires)
                on conflict do nothing
                """)
                .setParameter("key", key)
                .setParameter("expires", Instant.ofEpochSecond(context.expires()))
                .executeUpdate() == 1;
    }

    /** Deletes the records of tokens that have expired, which are refused by their expiry anyway; returns how many. */
    @Transactional
    public int purgeExpired(Instant now) {
        return entityManager.createNativeQuery("delete from mattermost_action_use where expires_at <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }

    private static String postOf(MattermostActionRequest.Context context) {
        return context.post() == null ? EPHEMERAL : context.post();
    }
}
