package io.pulsecheck.platform.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.pulsecheck.delivery.adapters.SendOutcome;
import io.vertx.ext.mail.SMTPException;

/** SMTP failures as the mail client reports them, classified for the outbox: permanent ones die, the rest retry. */
class SmtpAdapterTest {

    @Test
    void aPermanentReplyIsADeadLetterWithoutTheServersText() {
        SendOutcome outcome = SmtpAdapter.classify(new CompletionException(new SMTPException("RCPT TO", 550,
                List.of("5.1.1 <zoe@example.com>: Recipient address rejected"), false)));
        assertEquals(SendOutcome.Result.DEAD, outcome.result());
        assertEquals("smtp 550", outcome.error());
        assertFalse(outcome.error().contains("zoe"));
    }

    @Test
    void aTemporaryReplyIsRetried() {
        SendOutcome outcome = SmtpAdapter.classify(new SMTPException("RCPT TO", 451,
                List.of("4.7.1 greylisted, try again later"), false));
        assertEquals(SendOutcome.Result.RETRY, outcome.result());
        assertEquals("smtp 451", outcome.error());
    }

    @Test
    void anUnreachableServerOrATimeoutIsRetried() {
        assertEquals(SendOutcome.Result.RETRY,
                SmtpAdapter.classify(new RuntimeException(new ConnectException("Connection refused"))).result());
        assertEquals(SendOutcome.Result.RETRY, SmtpAdapter.classify(new RuntimeException(new TimeoutException())).result());
    }
}
