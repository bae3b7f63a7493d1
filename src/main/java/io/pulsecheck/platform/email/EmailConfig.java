package io.pulsecheck.platform.email;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The email channel. The SMTP server itself is Quarkus Mailer's ({@code QUARKUS_MAILER_HOST}, {@code _PORT},
 * {@code _USERNAME}, {@code _PASSWORD}, {@code _TLS} or {@code _START_TLS}); this says whether and how pulsecheck
 * uses it.
 */
@ConfigMapping(prefix = "pulsecheck.email")
public interface EmailConfig {

    /**
     * Whether email reaches people: check-in links to members no chat platform asks interactively, and leaders'
     * digests. Off by default, so nothing is mailed before an SMTP server is configured. Env:
     * {@code PULSECHECK_EMAIL_ENABLED}.
     */
    @WithDefault("false")
    boolean enabled();

    /** The sender of every mail, e.g. {@code pulsecheck <pulsecheck@example.com>}. Env: {@code PULSECHECK_EMAIL_FROM}. */
    @WithDefault("pulsecheck <pulsecheck@localhost>")
    String from();

    /** Mails per second to the SMTP server. Env: {@code PULSECHECK_EMAIL_RATE_PER_SECOND}. */
    @WithDefault("5")
    double ratePerSecond();

    /** Longest one SMTP send may take before it counts as a temporary failure. Env: {@code PULSECHECK_EMAIL_SEND_TIMEOUT}. */
    @WithDefault("30s")
    Duration sendTimeout();
}
