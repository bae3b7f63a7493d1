package io.pulsecheck.platform.web;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.common.i18n.UserLocale;

/**
 * The writer's conversation pages. The reply code is posted in the form body, so it reaches no URL, history, referrer
 * or access log; pages are {@code no-store}, never indexed, under the check-in pages' Content-Security-Policy (no
 * script: the forms work without one).
 */
@Path("/replies")
@PermitAll
@Tag(name = "Web check-in")
public class ReplyPagesResource {

    @Inject
    ReplyPages pages;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The form to enter a reply code")
    public Response enter() {
        return html(pages.enter(lang()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Open the conversation on one's comment", description = "Field token: the reply code.")
    public Response open(@FormParam("token") String token) {
        return html(pages.open(lang(), token));
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Answer in the conversation", description = "Fields token and body (1 to 2,000 characters).")
    public Response answer(@FormParam("token") String token, @FormParam("body") String body) {
        return html(pages.answer(lang(), token, body));
    }

    /** German when the browser prefers it, else English: the page knows nobody whose setting it could use. */
    private String lang() {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("de".equals(locale.getLanguage())) {
                return "de";
            }
            if ("en".equals(locale.getLanguage())) {
                return UserLocale.DEFAULT;
            }
        }
        return UserLocale.DEFAULT;
    }

    private static Response html(CheckinPages.Page page) {
        return Response.status(page.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.html())
                .header("Content-Security-Policy", CheckinResource.CSP)
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Language", page.lang())
                .build();
    }
}
