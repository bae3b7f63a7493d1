package io.pulsecheck.platform.webhook;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The generic signed JSON webhook (docs/WEBHOOK.md): both secrets, the gateway URL and its send rate. */
@ConfigMapping(prefix = "pulsecheck.webhook")
public interface WebhookConfig {

    /**
     * Secret that signs inbound generic webhook requests; unset refuses them all. Env:
     * {@code PULSECHECK_WEBHOOK_INBOUND_SECRET}.
     */
    Optional<String> inboundSecret();

    /** Gateway URL that receives prompts for platform {@code webhook}. Env: {@code PULSECHECK_WEBHOOK_URL}. */
    Optional<String> url();

    /** Secret of the outbound HMAC signature. Env: {@code PULSECHECK_WEBHOOK_SECRET}. */
    Optional<String> secret();

    /** Sends per second per gateway host. Env: {@code PULSECHECK_WEBHOOK_RATE_LIMIT}. */
    @WithDefault("20")
    double rateLimit();
}
