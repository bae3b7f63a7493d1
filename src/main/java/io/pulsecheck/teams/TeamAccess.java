package io.pulsecheck.teams;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may read which team: HR admins read every team, a leader only the teams they lead. A leader is the person
 * whose email matches the token's {@code email} claim (or its {@code upn}).
 */
@RequestScoped
public class TeamAccess {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isHrAdmin() {
        return identity.hasRole(Roles.HR_ADMIN);
    }

    /** The person behind a leader token, if the roster knows them. */
    public Optional<Person> currentLeader() {
        String email = token.getClaim("email");
        // An identity provider that lets users set an unverified email must not let them pose as a leader.
        Object verified = token.getClaim("email_verified");
        if (verified != null && !Boolean.parseBoolean(verified.toString())) {
            return Optional.empty();
        }
        if (email == null || email.isBlank()) {
            email = token.getName();
        }
        return email == null ? Optional.empty() : Person.findByEmail(email);
    }

    public boolean canRead(UUID teamId) {
        if (isHrAdmin()) {
            return true;
        }
        if (!identity.hasRole(Roles.LEADER)) {
            return false;
        }
        return currentLeader()
                .map(leader -> Team.count("select count(t) from Team t join t.leaders l where t.id = ?1 and l.id = ?2",
                        teamId, leader.id) > 0)
                .orElse(false);
    }

    /** Throws 403 unless the caller may read the team. */
    public void checkCanRead(UUID teamId) {
        if (!canRead(teamId)) {
            throw ApiException.forbidden("You may only read the teams you lead");
        }
    }
}
