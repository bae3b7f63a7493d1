package io.pulsecheck.platform.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.replies.ReplyThreadView;
import io.pulsecheck.replies.ReplyThreads;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/**
 * The writer's pages of a reply thread: enter the code, read the thread, answer. The code travels only in form
 * bodies (never in a URL) and is the only credential; the pages know nobody, so they speak the language the browser
 * asks for. Every refusal is a page that says why, and writes nothing. Nothing here logs.
 */
@ApplicationScoped
public class ReplyPages {

    @Inject
    ReplyThreads threads;

    @Location("replies/page.html")
    Template page;

    /** What the page shows: the code form (no thread), or the thread with its answer form. */
    @TemplateData
    @TemplateData(target = ReplyThreadView.class)
    @TemplateData(target = ReplyThreadView.Message.class)
    public record View(String lang, String title, String error, ReplyThreadView thread, String token) {
    }

    /** The form to enter a code. */
    public CheckinPages.Page enter(String lang) {
        ReplyMessages m = UserLocale.bundle(ReplyMessages.class, lang);
        return render(200, new View(lang, m.enterTitle(), null, null, null));
    }

    /** The thread of the code, or the page that says why there is none. */
    public CheckinPages.Page open(String lang, String token) {
        try {
            return thread(200, lang, token, threads.forWriter(token), null);
        } catch (ApiException e) {
            return refusal(lang, token, e, null);
        }
    }

    /** Adds the writer's answer and shows the thread again; a refused answer changes nothing. */
    public CheckinPages.Page answer(String lang, String token, String body) {
        try {
            return thread(200, lang, token, threads.answerAsWriter(token, body), null);
        } catch (ApiException e) {
            ReplyThreadView thread = null;
            try {
                thread = threads.forWriter(token);
            } catch (ApiException unknown) {
                return refusal(lang, token, unknown, null);
            }
            return refusal(lang, token, e, thread);
        }
    }

    private CheckinPages.Page refusal(String lang, String token, ApiException e, ReplyThreadView thread) {
        ReplyMessages m = UserLocale.bundle(ReplyMessages.class, lang);
        int status = e.problem().status();
        if (status == Status.NOT_FOUND.getStatusCode()) {
            return render(404, new View(lang, m.unknownTitle(), m.unknown(), null, null));
        }
        if (thread == null) {
            return render(status, new View(lang, m.rejectedTitle(), m.rejectedCode(), null, null));
        }
        String reason = status == Status.GONE.getStatusCode() ? m.closed()
                : status == Status.CONFLICT.getStatusCode() ? m.full() : m.rejectedBody();
        return thread(status, lang, token, thread, reason);
    }

    private CheckinPages.Page thread(int status, String lang, String token, ReplyThreadView thread, String error) {
        ReplyMessages m = UserLocale.bundle(ReplyMessages.class, lang);
        return render(status, new View(lang, m.title(), error, thread, token.strip()));
    }

    private CheckinPages.Page render(int status, View view) {
        String html = page.data("view", view).setLocale(Locale.forLanguageTag(view.lang())).render();
        return new CheckinPages.Page(status, view.lang(), html);
    }
}
