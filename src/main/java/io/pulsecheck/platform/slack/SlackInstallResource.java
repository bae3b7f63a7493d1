package io.pulsecheck.platform.slack;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.error.ApiException;

/**
 * "Add to Slack": {@code /slack/install} sends the browser to Slack's consent page, {@code /slack/oauth/callback}
 * stores the workspace's bot token. A workspace admin opens the first; Slack redirects to the second.
 */
@Path("/slack")
@Tag(name = "Slack install")
@PermitAll
public class SlackInstallResource {

    /** Binds an install's state to the browser that started it. */
    static final String COOKIE = "pulsecheck_slack_install";

    @Inject
    SlackInstalls installs;

    @Inject
    SlackAppConfig config;

    @Inject
    ApiConfig api;

    @GET
    @Path("/install")
    @Operation(summary = "Start installing the Slack app",
            description = "Redirects to Slack's OAuth v2 consent page with a single-use state, bound to this browser "
                    + "by a cookie and valid for pulsecheck.slack.app.state-validity. 404 when the install is not "
                    + "configured.")
    public Response install() {
        SlackInstalls.Start start = installs.start();
        return Response.seeOther(URI.create(start.authorizeUrl()))
                .cookie(cookie(start.browserNonce(), (int) config.stateValidity().toSeconds()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/oauth/callback")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Finish installing the Slack app",
            description = "Slack redirects here with code and state. A missing, forged, reused, expired or "
                    + "other-browser state is refused with 400 and nothing is stored; otherwise the code is exchanged "
                    + "with oauth.v2.access and the bot token stored encrypted.")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
            @QueryParam("error") String error, @CookieParam(COOKIE) String browserNonce) {
        if (error != null && !error.isBlank()) {
            String reason = error.replaceAll("[^A-Za-z0-9_.-]", "");
            throw ApiException.invalid("error", "Slack did not authorise the install ("
                    + reason.substring(0, Math.min(60, reason.length())) + ")");
        }
        SlackInstalls.Installed installed = installs.finish(code, state, browserNonce);
        String name = installed.teamName() == null ? installed.teamId() : installed.teamName();
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>pulsecheck installed"
                + "</title></head><body><h1>pulsecheck is installed</h1><p>The app was added to "
                + (installed.enterprise() ? "the organisation " : "the workspace ") + "<strong>" + escape(name)
                + "</strong>. People on the roster with this Slack email are found within minutes; HR sees anyone "
                + "not found under <code>GET /api/v1/slack/unresolved</code>.</p></body></html>";
        return Response.ok(html).cookie(cookie("", 0)).header("Cache-Control", "no-store").build();
    }

    private NewCookie cookie(String value, int maxAge) {
        boolean https = api.publicBaseUrl().startsWith("https://");
        return new NewCookie.Builder(COOKIE).value(value).path("/slack/oauth").maxAge(maxAge).httpOnly(true)
                .secure(https).sameSite(NewCookie.SameSite.LAX).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
