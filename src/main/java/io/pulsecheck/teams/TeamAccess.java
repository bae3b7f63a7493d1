package io.pulsecheck.teams;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Roles;
import io.pulsecheck.common.security.SecurityConfig;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may read which team: HR admins read every team, a leader only the teams they lead. A leader is the person whose
 * subject is the token's subject claim ({@code pulsecheck.security.leader-subject-claim}); only where
 * {@code pulsecheck.security.leader-match-email} is on, the verified {@code email} claim is tried next.
 */
@RequestScoped
public class TeamAccess {

    @Inject
    SecurityIdentity identity;

    @Inject
    SecurityConfig config;

    public boolean isHrAdmin() {
        return identity.hasRole(Roles.HR_ADMIN);
    }

    /** The person behind a leader token, if the roster knows them. */
    public Optional<Person> currentLeader() {
        // The bearer token is the principal; an injected JsonWebToken would be quarkus-oidc's (HR's web sign-in),
        // which is empty for API calls.
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object subject = token.getClaim(config.leaderSubjectClaim());
        Optional<Person> bySubject = subject == null || subject.toString().isBlank() ? Optional.empty()
                : Person.findBySubject(subject.toString());
        if (bySubject.isPresent() || !config.leaderMatchEmail()) {
            return bySubject;
        }
        String email = token.getClaim("email");
        // An identity provider that lets users set an unverified email must not let them pose as a leader; a upn or
        // preferred_username is no email and is never matched.
        Object verified = token.getClaim("email_verified");
        if (email == null || email.isBlank() || verified != null && !Boolean.parseBoolean(verified.toString())) {
            return Optional.empty();
        }
        return Person.findByEmail(email);
    }

    public boolean canRead(UUID teamId) {
        if (isHrAdmin()) {
            return true;
        }
        if (!identity.hasRole(Roles.LEADER)) {
            return false;
        }
        return currentLeader()
                .map(leader -> Team.isLedBy(teamId, leader.id))
                .orElse(false);
    }

    /** Throws 403 unless the caller may read the team. */
    public void checkCanRead(UUID teamId) {
        if (!canRead(teamId)) {
            throw ApiException.forbidden("You may only read the teams you lead");
        }
    }
}
