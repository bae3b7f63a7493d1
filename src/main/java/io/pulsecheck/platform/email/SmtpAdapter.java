package io.pulsecheck.platform.email;

import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.SendOutcome;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.ext.mail.SMTPException;

/**
 * Sends outbox mails over SMTP (Quarkus Mailer). An SMTP 5xx reply is permanent (unknown mailbox, refused sender):
 * a dead letter at once. A 4xx reply (mailbox busy, greylisting), a refused or dropped connection and a timeout are
 * temporary: the outbox retries with backoff. Errors carry the reply code only, never the
 * server's text, which often quotes the address.
 */
@ApplicationScoped
public class SmtpAdapter implements DeliveryAdapter {

    @Inject
    ReactiveMailer mailer;

    @Inject
    EmailConfig config;

    @Inject
    ObjectMapper json;

    @Override
    public String transport() {
        return EmailDestinations.SMTP;
    }

    @Override
    public SendOutcome send(Destination destination, String payloadJson) {
        EmailPayload payload;
        try {
            payload = json.readValue(payloadJson, EmailPayload.class);
        } catch (JsonProcessingException e) {
            return SendOutcome.dead(null, "unreadable mail payload");
        }
        if (!EmailPlatform.isAddress(payload.to())) {
            return SendOutcome.dead(null, "invalid address");
        }
        Mail mail = Mail.withText(payload.to().strip(), payload.subject(), payload.text()).setHtml(payload.html())
                .setFrom(config.from());
        if (payload.headers() != null) {
            for (Map.Entry<String, String> header : payload.headers().entrySet()) {
                mail.addHeader(header.getKey(), header.getValue());
            }
        }
        try {
            mailer.send(mail).await().atMost(config.sendTimeout());
            return SendOutcome.sent(250);
        } catch (RuntimeException e) {
            return classify(e);
        }
    }

    /** Permanent SMTP replies die; everything else is retried. */
    static SendOutcome classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                String error = "smtp " + smtp.getReplyCode();
                return smtp.isPermanent() ? SendOutcome.dead(null, error) : SendOutcome.retry(null, error, null);
            }
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return SendOutcome.retry(null, "smtp timeout", null);
            }
        }
        return SendOutcome.retry(null, "smtp " + failure.getClass().getSimpleName(), null);
    }

    @Override
    public double ratePerSecond() {
        return config.ratePerSecond();
    }
}
