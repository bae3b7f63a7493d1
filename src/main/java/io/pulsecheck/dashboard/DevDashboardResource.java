package io.pulsecheck.dashboard;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.teams.Person;
import io.quarkus.arc.profile.IfBuildProfile;

/**
 * Dev mode only (removed from test and production builds at build time, like {@code /dev/token}): a leader's
 * dashboard link without waiting for a digest, and an HR sign-in that stands in for the identity provider.
 */
@IfBuildProfile("dev")
@Path("/dev")
@Tag(name = "Development")
@PermitAll
public class DevDashboardResource {

    @Inject
    DashboardLinks links;

    @Inject
    DashboardSessions sessions;

    @GET
    @Path("dashboard-link")
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    @Operation(summary = "A leader's dashboard link", description = "Dev mode only. The link a digest would carry for the leader with this email.")
    public String link(@QueryParam("email") String email) {
        Optional<Person> leader = email == null ? Optional.empty() : Person.findByEmail(email);
        return links.forLeader(leader.orElseThrow(() -> ApiException.invalid("email", "no person has this email")).id,
                null);
    }

    @GET
    @Path("hr-login")
    @Operation(summary = "Sign in to the web view as HR", description = "Dev mode only; production signs HR in with OIDC at /hr/login.")
    public Response hrLogin(@QueryParam("sub") String subject) {
        String who = subject == null || subject.isBlank() ? "hr@example.com" : subject;
        return Response.seeOther(URI.create("/dashboard/org"))
                .cookie(sessions.start(Viewer.Role.HR, null, who)).build();
    }
}
