package io.pulsecheck.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Secrets shared across features. Set them from the environment in production. */
@ConfigMapping(prefix = "pulsecheck.security")
public interface SecurityConfig {

    /**
     * Key for tokens inside interactive chat messages (at least 32 random characters).
     * Env: {@code PULSECHECK_SECURITY_ACTION_TOKEN_SECRET}.
     */
    String actionTokenSecret();

    /**
     * Token claim that holds the leader's immutable subject, matched against the subject HR stored on the person:
     * {@code sub}, or {@code oid} for Microsoft Entra ID. Env: {@code PULSECHECK_SECURITY_LEADER_SUBJECT_CLAIM}.
     */
    @WithDefault("sub")
    String leaderSubjectClaim();

    /**
     * Also match a leader by the token's {@code email} claim when no person has its subject. Off by default: an email
     * can be reassigned, and some identity providers let users edit it. Env:
     * {@code PULSECHECK_SECURITY_LEADER_MATCH_EMAIL}.
     */
    @WithDefault("false")
    boolean leaderMatchEmail();
}
