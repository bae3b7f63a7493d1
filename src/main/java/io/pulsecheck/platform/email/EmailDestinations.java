package io.pulsecheck.platform.email;

import io.pulsecheck.delivery.Destination;

/** How mails travel; the string is stored in {@code outbox_message.destination}. */
public final class EmailDestinations {

    /** One SMTP server for every mail (Quarkus Mailer's configuration). */
    public static final String SMTP = "email_smtp";

    private EmailDestinations() {
    }

    static Destination smtp() {
        return new Destination(SMTP, null, "smtp");
    }
}
