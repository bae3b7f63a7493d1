package io.pulsecheck.common.security;

import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.error.ApiException;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * Mints a locally signed bearer token. Exists only in dev-mode builds: the bean and its route are removed from
 * production and test builds at build time.
 */
@IfBuildProfile("dev")
@Path("/dev/token")
@Tag(name = "Development")
public class DevTokenResource {

    private static final Set<String> ROLES = Set.of(Roles.HR_ADMIN, Roles.LEADER, Roles.AUDITOR, Roles.INTEGRATION);

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Mint a dev token", description = "Dev mode only. Returns a bearer token for the role and subject; a leader's subject is their email.")
    public String mint(@QueryParam("role") String role, @QueryParam("sub") String subject) {
        if (role == null || !ROLES.contains(role)) {
            throw ApiException.invalid("role", "must be one of " + ROLES);
        }
        String sub = subject == null || subject.isBlank() ? "dev-" + role : subject;
        return Jwt.subject(sub).upn(sub).claim("email", sub).groups(Set.of(role)).sign();
    }
}
