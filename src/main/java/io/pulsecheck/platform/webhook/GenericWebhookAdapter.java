package io.pulsecheck.platform.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.SendOutcome;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Generic JSON webhook for any gateway, signed with HMAC-SHA256 over timestamp and body (docs/WEBHOOK.md). */
@ApplicationScoped
public class GenericWebhookAdapter extends UrlWebhookAdapter {

    @Inject
    WebhookConfig config;

    @Override
    public String transport() {
        return WebhookDestinations.GENERIC;
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimit();
    }

    /** One gateway host serves every generic webhook message, so they share a key per host. */
    @Override
    public String rateKey(Destination destination) {
        return DeliveryAdapter.hostRateKey(destination);
    }

    @Override
    public SendOutcome send(Destination destination, String payloadJson) {
        if (config.secret().filter(secret -> !secret.isBlank()).isEmpty()) {
            return SendOutcome.dead(null, "no webhook secret configured");
        }
        return super.send(destination, payloadJson);
    }

    @Override
    protected Map<String, String> headers(String payloadJson) {
        long timestamp = clock.instant().getEpochSecond();
        String signature = GenericWebhookSignature.sign(config.secret().orElseThrow(), timestamp,
                payloadJson.getBytes(StandardCharsets.UTF_8));
        return Map.of(GenericWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                GenericWebhookSignature.SIGNATURE_HEADER, signature);
    }

    @Override
    public List<String> configuredUrls() {
        return config.url().stream().toList();
    }
}
