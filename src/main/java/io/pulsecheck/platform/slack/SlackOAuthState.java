package io.pulsecheck.platform.slack;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An install in progress: hashes of its {@code state} and of the browser cookie it is bound to, and its expiry. */
@Entity
@Table(name = "slack_oauth_state")
public class SlackOAuthState extends PanacheEntityBase {

    @Id
    public String stateHash;

    public String browserHash;
    public Instant expiresAt;

    /**
     * Consumes the state: true only once, only for the browser that started the install, and only before it expires.
     * A wrong browser or an expired state still uses it up, so a stolen state cannot be tried again.
     */
    public static boolean consume(String stateHash, String browserHash, Instant now) {
        SlackOAuthState state = findById(stateHash, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            return false;
        }
        state.delete();
        return io.pulsecheck.common.security.Hmac.constantTimeEquals(state.browserHash, browserHash)
                && now.isBefore(state.expiresAt);
    }

    public static long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
