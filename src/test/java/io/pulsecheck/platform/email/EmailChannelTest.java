package io.pulsecheck.platform.email;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.delivery.OutboxWorker;
import io.pulsecheck.digest.DigestService;
import io.pulsecheck.platform.web.MailParts;
import io.pulsecheck.platform.web.WebCheckins;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Mails as a real SMTP server (GreenMail) receives them: the check-in link in both parts, the headers that let a mail
 * client offer unsubscribing, the person's language; and a leader's digest by email.
 */
@QuarkusTest
class EmailChannelTest {

    @Inject
    WebCheckins checkins;

    @Inject
    InsightFixtures insights;

    @Inject
    DigestService digests;

    @Inject
    OutboxWorker worker;

    @Inject
    DeliveryTestSupport delivery;

    @Inject
    TestClock clock;

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    @Test
    void sendsTheCheckInLinkAsMultipartTextAndHtmlInThePersonsLanguage() throws Exception {
        WebCheckins.Checkin checkin = checkins.open(1, "de");
        List<MimeMessage> mails = WebCheckins.mailsTo(checkin.email());
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        MailParts parts = MailParts.of(mail);

        assertTrue(mail.getSubject().startsWith("Ihr Check-in mit Team "), mail.getSubject());
        assertEquals("de", mail.getHeader("Content-Language")[0]);
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted")[0]);
        assertTrue(mail.getFrom()[0].toString().contains("pulsecheck@localhost"));
        assertTrue(parts.contentType().startsWith("multipart/"), parts.contentType());
        assertTrue(parts.text().contains("Zeit für Ihren Check-in mit Team "), parts.text());
        assertTrue(parts.text().contains("Ihre Führungskräfte sehen nur Gruppenergebnisse"), parts.text());

        String link = parts.checkinLink();
        assertTrue(link.startsWith("http://localhost:8080/checkin/"), link);
        assertTrue(parts.html().contains("href=\"" + link + "\""), "the HTML part links the same check-in");
        assertTrue(parts.html().contains("<html lang=\"de\">"));

        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertTrue(unsubscribe.matches("<http://localhost:8080/checkin/[A-Za-z0-9_.-]+/unsubscribe>"), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        clock.setInstant(WebCheckins.DURING);
        String path = unsubscribe.substring(unsubscribe.indexOf("/checkin/"), unsubscribe.length() - 1);
        given().when().get(path).then().statusCode(200).body(containsString("Alle Check-ins beenden"));
        given().when().get(parts.checkinPath()).then().statusCode(200).body(containsString("Antworten absenden"));
    }

    @Test
    void devInboxIsAbsentOutsideDevMode() {
        given().when().get("/dev/inbox").then().statusCode(404);
    }

    @Test
    void leadersReceiveTheirDigestByEmail() throws Exception {
        SeededTeam team = insights.teamWithHistory("email-digest");
        String email = insights.leader(team.id(), "slack", InsightFixtures.unique("user"), "en", "Europe/Berlin");
        String personId = insights.personId(email).toString();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("channel", "email"))
                .when().put("/api/v1/digest-subscriptions/{id}", personId)
                .then().statusCode(200);
        delivery.isolate();
        clock.setInstant(java.time.Instant.parse("2026-03-16T07:30:00Z"));
        digests.sendDueDigests();
        worker.deliverDue();
        checkins.deliverUntilReceived(List.of(email));

        List<MimeMessage> mails = WebCheckins.mailsTo(email);
        assertEquals(1, mails.size());
        MailParts parts = MailParts.of(mails.get(0));
        assertTrue(parts.text().contains(team.name()), parts.text());
        assertTrue(parts.html().contains("<h1"), parts.html());
    }
}
