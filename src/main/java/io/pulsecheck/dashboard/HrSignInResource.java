package io.pulsecheck.dashboard;

import java.net.URI;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.common.security.Roles;
import io.quarkus.oidc.AuthorizationCodeFlow;
import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * HR's sign-in to the web view with the organisation's identity provider (OpenID Connect authorization code flow,
 * configured by the {@code QUARKUS_OIDC_*} environment variables). Only this endpoint uses the code flow; the API keeps
 * its bearer tokens. A signed-in HR admin gets the same dashboard session a leader gets from a link, with the HR role.
 */
@Path("/hr")
@Tag(name = "Dashboard")
public class HrSignInResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    DashboardSessions sessions;

    /** Whether an identity provider is configured; without one there is no flow to start. */
    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
    boolean signInConfigured;

    @GET
    @Path("login")
    @AuthorizationCodeFlow
    @Authenticated
    @Produces(DashboardResource.HTML)
    @Operation(summary = "HR sign-in with the identity provider",
            description = "Redirects to the identity provider; back here, an identity with the hr-admin role gets a dashboard session and lands on the organisation view.")
    public Response login() {
        if (!identity.hasRole(Roles.HR_ADMIN)) {
            DashboardMessages t = UserLocale.bundle(DashboardMessages.class, UserLocale.DEFAULT);
            return message(Response.Status.FORBIDDEN, t.forbiddenTitle(), t.hrOnly());
        }
        return Response.seeOther(URI.create(DashboardSessions.PATH + "/org"))
                .cookie(sessions.start(Viewer.Role.HR, null, identity.getPrincipal().getName()))
                .header("Cache-Control", "no-store").build();
    }

    private static Response message(Response.Status status, String title, String text) {
        String html = DashboardTemplates.message(title, text, false).setLocale(Locale.ENGLISH).render();
        return Response.status(status).entity(html).type(DashboardResource.HTML)
                .header("Content-Security-Policy", DashboardResource.CSP).header("Cache-Control", "no-store").build();
    }

    /**
     * Not signed in yet: the code flow's challenge, a redirect to the identity provider. Only this class answers so;
     * everywhere else a missing identity is a 401 problem (common/error/ProblemExceptionMappers).
     */
    @ServerExceptionMapper
    public Uni<Response> challenge(UnauthorizedException e, RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (!signInConfigured || authenticator == null) {
            DashboardMessages t = UserLocale.bundle(DashboardMessages.class, UserLocale.DEFAULT);
            return Uni.createFrom().item(message(Response.Status.NOT_FOUND, t.hrSignInOffTitle(), t.hrSignInOff()));
        }
        return authenticator.getChallenge(context).map(challenge -> {
            Response.ResponseBuilder response = Response.status(challenge.status).header("Cache-Control", "no-store");
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            return response.build();
        });
    }
}
