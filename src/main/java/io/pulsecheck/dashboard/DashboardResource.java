package io.pulsecheck.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.customers.CustomerVoice;
import io.pulsecheck.digest.DigestWording;
import io.pulsecheck.digest.LeaderActions;
import io.pulsecheck.digest.TrendChart;
import io.pulsecheck.insights.CycleInsights;
import io.pulsecheck.insights.InsightsConfig;
import io.pulsecheck.insights.InsightsService;
import io.pulsecheck.insights.OrgInsights;
import io.pulsecheck.insights.DateRange;
import io.pulsecheck.insights.TeamInsights;
import io.pulsecheck.replies.ReplyThreads;
import io.pulsecheck.teams.OrgSettings;
import io.pulsecheck.teams.Person;
import io.quarkus.qute.TemplateInstance;

/**
 * The leader and HR web view: server-rendered pages behind a session cookie (no bearer token), opened from the signed
 * link in a digest or leader prompt, or by HR's sign-in. Every page reads the services the API reads.
 */
@Path("/dashboard")
@Tag(name = "Dashboard")
@PermitAll
public class DashboardResource {

    static final String HTML = "text/html;charset=UTF-8";
    /** Nothing but this origin's styles, images and forms; no script at all. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final int MAX_DESCRIPTION = 500;

    @Inject
    DashboardLinks links;

    @Inject
    DashboardSessions sessions;

    @Inject
    DashboardAccess access;

    @Inject
    TeamPages pages;

    @Inject
    LeaderActions actions;

    @Inject
    TrendChart chart;

    @Inject
    CustomerVoice customers;

    @Inject
    InsightsService insights;

    @Inject
    InsightsConfig insightsConfig;

    @Inject
    ReplyThreads replyThreads;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @GET
    @Path("open")
    @Produces(HTML)
    @Operation(summary = "Open the dashboard from a digest or leader prompt link",
            description = "Exchanges the signed, expiring link for a session cookie and redirects to the page; an expired or forged link gets a page that says so.")
    public Response open(@QueryParam("leader") String leader, @QueryParam("team") String team,
            @QueryParam("expires") String expires, @QueryParam("sig") String signature) {
        DashboardLinks.Result result = links.verify(leader, team, expires, signature);
        if (result.opened().isEmpty()) {
            DashboardMessages t = texts(null);
            return result.refusal() == DashboardLinks.Refusal.EXPIRED
                    ? page(Response.Status.GONE, DashboardTemplates.message(t.linkExpiredTitle(), t.linkExpired(), false),
                            null)
                    : page(Response.Status.FORBIDDEN,
                            DashboardTemplates.message(t.linkInvalidTitle(), t.linkInvalid(), false), null);
        }
        DashboardLinks.Opened opened = result.opened().get();
        Viewer viewer = Viewer.leader(opened.leaderId(), clock.instant());
        if (!access.isValid(viewer)) {
            DashboardMessages t = texts(null);
            return page(Response.Status.FORBIDDEN, DashboardTemplates.message(t.linkInvalidTitle(), t.linkInvalid(), false),
                    null);
        }
        String target = opened.teamId() == null ? DashboardSessions.PATH : DashboardSessions.PATH + "/teams/" + opened.teamId();
        return Response.seeOther(URI.create(target))
                .cookie(sessions.start(Viewer.Role.LEADER, opened.leaderId(), null))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Produces(HTML)
    @Operation(summary = "The teams of the signed-in leader (HR: every team)")
    public Response overview(@CookieParam(DashboardSessions.COOKIE) String cookie) {
        Optional<Viewer> viewer = viewer(cookie);
        if (viewer.isEmpty()) {
            return signIn();
        }
        return page(Response.Status.OK, DashboardTemplates.overview(viewer.get().isHr(),
                access.teams(viewer.get()), sessions.csrfToken(cookie)), viewer.get());
    }

    @GET
    @Path("teams/{id}")
    @Produces(HTML)
    @Operation(summary = "One team's trend, indices, comments of closed check-ins, suggestions and actions")
    public Response team(@CookieParam(DashboardSessions.COOKIE) String cookie, @PathParam("id") UUID teamId) {
        return teamPage(cookie, teamId, Response.Status.OK, null, null);
    }

    @GET
    @Path("teams/{id}/trend.png")
    @Produces("image/png")
    @Operation(summary = "The team's trend chart, for the signed-in viewer")
    public Response trend(@CookieParam(DashboardSessions.COOKIE) String cookie, @PathParam("id") UUID teamId) {
        Optional<Viewer> viewer = viewer(cookie);
        if (viewer.isEmpty() || access.access(viewer.get(), teamId) != DashboardAccess.Access.ALLOWED) {
            throw ApiException.notFound("Chart", teamId);
        }
        TeamInsights report = pages.report(teamId);
        String locale = locale(viewer.get());
        // Customer metrics stand beside the released cycles, the chart's only columns, as in the digest's chart.
        var dates = report.cycles().stream().filter(CycleInsights::released).map(CycleInsights::cycleDate).toList();
        return Response.ok(chart.png(report, DigestWording.of(locale), customers.chartSeries(teamId, dates, locale)))
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("teams/{id}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Record a \"you said, we did\" action (form)")
    public Response record(@CookieParam(DashboardSessions.COOKIE) String cookie, @PathParam("id") UUID teamId,
            @FormParam("description") String description, @FormParam("csrf") String csrf) {
        return changeAction(cookie, teamId, null, description, csrf);
    }

    @POST
    @Path("teams/{id}/actions/{actionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Reword an action the team has not been told yet (form)")
    public Response edit(@CookieParam(DashboardSessions.COOKIE) String cookie, @PathParam("id") UUID teamId,
            @PathParam("actionId") UUID actionId, @FormParam("description") String description,
            @FormParam("csrf") String csrf) {
        return changeAction(cookie, teamId, actionId, description, csrf);
    }

    @POST
    @Path("teams/{id}/comments/{commentId}/replies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Reply to a comment that invites replies (form; leaders of the team only)")
    public Response reply(@CookieParam(DashboardSessions.COOKIE) String cookie, @PathParam("id") UUID teamId,
            @PathParam("commentId") UUID commentId, @FormParam("body") String body, @FormParam("csrf") String csrf) {
        Optional<Viewer> viewer = viewer(cookie);
        if (viewer.isEmpty()) {
            return signIn();
        }
        DashboardMessages t = texts(viewer.get());
        if (!sessions.checkCsrf(cookie, csrf)) {
            return page(Response.Status.FORBIDDEN, DashboardTemplates.message(t.formExpired(), t.formExpired(), false),
                    viewer.get());
        }
        DashboardAccess.Access allowed = access.access(viewer.get(), teamId);
        if (allowed != DashboardAccess.Access.ALLOWED) {
            return refused(allowed, viewer.get());
        }
        if (viewer.get().isHr()) {
            return page(Response.Status.FORBIDDEN, DashboardTemplates.message(t.forbiddenTitle(), t.forbidden(), false),
                    viewer.get());
        }
        try {
            replyThreads.replyAsLeader(teamId, commentId, body);
        } catch (ApiException e) {
            Response.Status status = Response.Status.fromStatusCode(e.problem().status());
            if (status == Response.Status.NOT_FOUND) {
                return page(status, DashboardTemplates.message(t.notFoundTitle(), t.notFound(), false), viewer.get());
            }
            String reason = status == Response.Status.GONE ? t.threadClosed()
                    : status == Response.Status.CONFLICT ? t.threadFull() : t.threadInvalid();
            return teamPage(cookie, teamId, status, null, null, reason, commentId);
        }
        return Response.seeOther(URI.create(DashboardSessions.PATH + "/teams/" + teamId + "#thread-" + commentId))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("org")
    @Produces(HTML)
    @Operation(summary = "The organisation view (HR only)")
    public Response organisation(@CookieParam(DashboardSessions.COOKIE) String cookie) {
        Optional<Viewer> viewer = viewer(cookie);
        if (viewer.isEmpty()) {
            return signIn();
        }
        DashboardMessages t = texts(viewer.get());
        if (!viewer.get().isHr()) {
            return page(Response.Status.FORBIDDEN, DashboardTemplates.message(t.forbiddenTitle(), t.forbidden(), false),
                    viewer.get());
        }
        DateRange range = DateRange.parse(null, null, DateRange.latestToday(clock), insightsConfig.orgWindow());
        OrgInsights report = insights.organisation(range.from(), range.to(), OrgSettings.get().kThreshold);
        OrgPage org = OrgPages.page(report, t, locale(viewer.get()));
        return page(Response.Status.OK, DashboardTemplates.org(org, sessions.csrfToken(cookie)), viewer.get());
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "End the session in this browser")
    public Response logout(@CookieParam(DashboardSessions.COOKIE) String cookie, @FormParam("csrf") String csrf) {
        if (!sessions.checkCsrf(cookie, csrf)) {
            DashboardMessages t = texts(null);
            return page(Response.Status.FORBIDDEN, DashboardTemplates.message(t.formExpired(), t.formExpired(), false),
                    null);
        }
        return Response.seeOther(URI.create(DashboardSessions.PATH + "/signed-out")).cookie(sessions.end())
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("signed-out")
    @Produces(HTML)
    @Operation(summary = "Confirms the session has ended")
    public Response signedOut() {
        DashboardMessages t = texts(null);
        return page(Response.Status.OK, DashboardTemplates.message(t.signedOutTitle(), t.signedOut(), false), null);
    }

    @GET
    @Path("dashboard.css")
    @Produces("text/css")
    @Operation(summary = "The web view's style sheet")
    public Response css() {
        return Response.ok(Styles.CSS).header("Cache-Control", "public, max-age=3600").build();
    }

    private Response changeAction(String cookie, UUID teamId, UUID actionId, String description, String csrf) {
        Optional<Viewer> viewer = viewer(cookie);
        if (viewer.isEmpty()) {
            return signIn();
        }
        DashboardMessages t = texts(viewer.get());
        if (!sessions.checkCsrf(cookie, csrf)) {
            return page(Response.Status.FORBIDDEN, DashboardTemplates.message(t.formExpired(), t.formExpired(), false),
                    viewer.get());
        }
        DashboardAccess.Access allowed = access.access(viewer.get(), teamId);
        if (allowed != DashboardAccess.Access.ALLOWED) {
            return refused(allowed, viewer.get());
        }
        String text = description == null ? "" : description.strip();
        if (text.isEmpty() || text.length() > MAX_DESCRIPTION) {
            return teamPage(cookie, teamId, Response.Status.BAD_REQUEST, t.descriptionInvalid(), description);
        }
        try {
            if (actionId == null) {
                actions.record(teamId, text);
            } else {
                actions.edit(teamId, actionId, text);
            }
        } catch (ApiException e) {
            Response.Status status = Response.Status.fromStatusCode(e.problem().status());
            return teamPage(cookie, teamId, status, status == Response.Status.CONFLICT ? t.actionAnnounced()
                    : t.notFound(), null);
        }
        return Response.seeOther(URI.create(DashboardSessions.PATH + "/teams/" + teamId + "#actions"))
                .header("Cache-Control", "no-store").build();
    }

    private Response teamPage(String cookie, UUID teamId, Response.Status status, String error, String draft) {
        return teamPage(cookie, teamId, status, error, draft, null, null);
    }

    private Response teamPage(String cookie, UUID teamId, Response.Status status, String error, String draft,
            String replyError, UUID replyThread) {
        Optional<Viewer> viewer = viewer(cookie);
        if (viewer.isEmpty()) {
            return signIn();
        }
        DashboardAccess.Access allowed = access.access(viewer.get(), teamId);
        if (allowed != DashboardAccess.Access.ALLOWED) {
            return refused(allowed, viewer.get());
        }
        TeamPage team = pages.page(teamId, locale(viewer.get()));
        // A conversation is between a writer and the leaders they wrote to: HR does not read it.
        ReplyPanel replies = new ReplyPanel(viewer.get().isHr() ? List.of() : replyThreads.ofTeam(teamId),
                !viewer.get().isHr(), replyError, replyThread);
        return page(status, DashboardTemplates.team(team, viewer.get().isHr(), sessions.csrfToken(cookie), error,
                draft, replies), viewer.get());
    }

    private Response refused(DashboardAccess.Access access, Viewer viewer) {
        DashboardMessages t = texts(viewer);
        return access == DashboardAccess.Access.NOT_FOUND
                ? page(Response.Status.NOT_FOUND, DashboardTemplates.message(t.notFoundTitle(), t.notFound(), false),
                        viewer)
                : page(Response.Status.FORBIDDEN, DashboardTemplates.message(t.forbiddenTitle(), t.forbidden(), false),
                        viewer);
    }

    private Response signIn() {
        DashboardMessages t = texts(null);
        return page(Response.Status.UNAUTHORIZED, DashboardTemplates.message(t.signInTitle(), t.signIn(), true), null);
    }

    /** The session's viewer while the cookie is valid and the roster still has the leader. */
    private Optional<Viewer> viewer(String cookie) {
        return sessions.read(cookie).filter(access::isValid);
    }

    /** A leader reads their own language; HR and visitors the browser's. */
    private String locale(Viewer viewer) {
        if (viewer != null && !viewer.isHr()) {
            Optional<Person> leader = access.leader(viewer);
            if (leader.isPresent()) {
                return UserLocale.resolve(leader.get().locale);
            }
        }
        return headers.getAcceptableLanguages().isEmpty() ? UserLocale.DEFAULT
                : UserLocale.resolve(headers.getAcceptableLanguages().get(0).toLanguageTag());
    }

    private DashboardMessages texts(Viewer viewer) {
        return UserLocale.bundle(DashboardMessages.class, locale(viewer));
    }

    private Response page(Response.Status status, TemplateInstance template, Viewer viewer) {
        String language = locale(viewer);
        String html = template.setLocale(Locale.forLanguageTag(language)).render();
        return Response.status(status).entity(html).type(HTML).header("Content-Security-Policy", CSP)
                .header("Cache-Control", "no-store").build();
    }

    /** The style sheet, read once from the classpath. */
    static final class Styles {
        static final String CSS = read();

        private static String read() {
            try (InputStream in = DashboardResource.class.getResourceAsStream("/io/pulsecheck/dashboard/dashboard.css")) {
                if (in == null) {
                    throw new IllegalStateException("Missing dashboard.css");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
