package io.pulsecheck.platform.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.pulsecheck.teams.Person;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/**
 * The dev-mode inbox: every mail Quarkus Mailer's mock mailbox holds for someone on the roster, newest person first,
 * with headers, the text part and its links, so a newcomer can follow a check-in from the mail to the answer without
 * a mail server. Exists only in dev-mode builds: production and test builds have neither the bean nor the route.
 */
@IfBuildProfile("dev")
@Path("/dev/inbox")
@Tag(name = "Development")
public class DevInboxResource {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Inject
    MockMailbox mailbox;

    @Location("checkin/dev-inbox.html")
    Template page;

    /** One mail as the page shows it. */
    @TemplateData
    record MailView(String to, String subject, List<String> headers, String text, List<MailLink> links) {
    }

    /** A link of the mail, labelled by what it opens. */
    @TemplateData
    record MailLink(String label, String href) {
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Dev inbox", description = "Dev mode only: the mails the mock mailer sent.")
    public Response inbox() {
        List<MailView> mails = new ArrayList<>();
        List<String> addresses = Person.<Person>list("email is not null order by email").stream()
                .map(person -> person.email).distinct().toList();
        for (String address : addresses) {
            for (Mail mail : mailbox.getMailsSentTo(address)) {
                mails.add(view(address, mail));
            }
        }
        return Response.ok(page.data("mails", mails).data("total", mailbox.getTotalMessagesSent()).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'")
                .header("Cache-Control", "no-store").build();
    }

    private static MailView view(String to, Mail mail) {
        List<String> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : mail.getHeaders().entrySet()) {
            headers.add(header.getKey() + ": " + String.join(", ", header.getValue()));
        }
        List<MailLink> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(mail.getText() == null ? "" : mail.getText());
        while (matcher.find()) {
            String href = matcher.group();
            links.add(new MailLink(href.endsWith("/unsubscribe") ? "Settings: pause, stop, language (List-Unsubscribe)"
                    : href.contains("/checkin/") ? "Open the check-in" : href, href));
        }
        return new MailView(to, mail.getSubject(), headers, mail.getText(), links);
    }
}
