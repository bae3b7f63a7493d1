package io.pulsecheck.testing;

import java.util.Set;

import io.pulsecheck.common.security.Roles;
import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the test run's local key, as an identity provider would issue them. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String hrAdmin() {
        return token("hr@example.com", Roles.HR_ADMIN);
    }

    /** A leader token; leaders are matched to people by their email. */
    public static String leader(String email) {
        return token(email, Roles.LEADER);
    }

    public static String token(String subject, String role) {
        return Jwt.subject(subject).upn(subject).claim("email", subject).groups(Set.of(role)).sign();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
