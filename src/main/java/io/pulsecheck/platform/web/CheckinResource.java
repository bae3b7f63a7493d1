package io.pulsecheck.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The web check-in pages behind a personal link. No bearer token: the signed link is the credential, so every page
 * is {@code no-store}, never indexed, and under a Content-Security-Policy that allows only this service's stylesheet
 * and forms posting back to it.
 */
@Path("/checkin/{token}")
@PermitAll
@Tag(name = "Web check-in")
public class CheckinResource {

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    @Inject
    CheckinPages pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The check-in form of a personal link", description = "Or a page saying the link is used, expired or not valid.")
    public Response show(@PathParam("token") String token) {
        return html(pages.show(token));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Submit the check-in", description = "Fields q-<questionId> and comment; sealed like a chat answer.")
    public Response submit(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        return html(pages.submit(token, orEmpty(form)));
    }

    @POST
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Pause, stop, resume or change language", description = "Field action (pause, stop, resume, language), days, language.")
    public Response preferences(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        return html(pages.changeSettings(token, orEmpty(form)));
    }

    @GET
    @Path("unsubscribe")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The settings page a check-in email's List-Unsubscribe opens")
    public Response unsubscribePage(@PathParam("token") String token) {
        return html(pages.preferences(token));
    }

    @POST
    @Path("unsubscribe")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One-click unsubscribe (RFC 8058)", description = "Stops check-ins for the link's person.")
    public Response unsubscribe(@PathParam("token") String token) {
        return html(pages.unsubscribe(token));
    }

    private static MultivaluedMap<String, String> orEmpty(MultivaluedMap<String, String> form) {
        return form == null ? new MultivaluedHashMap<>() : form;
    }

    private static Response html(CheckinPages.Page page) {
        return Response.status(page.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.html())
                .header("Content-Security-Policy", CSP)
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .header("Content-Language", page.lang())
                .build();
    }
}
