package io.pulsecheck.platform.webhook;

/** How generic webhook messages travel; the string is stored in {@code outbox_message.destination}. */
public final class WebhookDestinations {

    /** Generic JSON webhook, signed as described in docs/WEBHOOK.md. */
    public static final String GENERIC = "generic_webhook";

    private WebhookDestinations() {
    }
}
