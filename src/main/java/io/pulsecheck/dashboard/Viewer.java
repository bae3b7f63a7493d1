package io.pulsecheck.dashboard;

import java.time.Instant;
import java.util.UUID;

/**
 * Who a dashboard session belongs to: a leader (a person on the roster) or an HR admin (signed in with the identity
 * provider, known by their subject only).
 *
 * @param role LEADER or HR
 * @param leaderId the leader's person id; null for HR
 * @param subject the HR admin's subject at the identity provider; null for a leader
 * @param expiresAt end of the session
 */
public record Viewer(Role role, UUID leaderId, String subject, Instant expiresAt) {

    /** What the session may see. */
    public enum Role {
        /** The teams the person leads, and nothing else. */
        LEADER,
        /** Every team and the organisation view. */
        HR
    }

    public static Viewer leader(UUID leaderId, Instant expiresAt) {
        return new Viewer(Role.LEADER, leaderId, null, expiresAt);
    }

    public static Viewer hr(String subject, Instant expiresAt) {
        return new Viewer(Role.HR, null, subject, expiresAt);
    }

    public boolean isHr() {
        return role == Role.HR;
    }
}
