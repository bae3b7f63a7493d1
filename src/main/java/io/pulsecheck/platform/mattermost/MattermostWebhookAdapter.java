package io.pulsecheck.platform.mattermost;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Mattermost incoming webhook; the payload's {@code channel} addresses {@code @username}. */
@ApplicationScoped
public class MattermostWebhookAdapter extends UrlWebhookAdapter {

    @Inject
    MattermostConfig config;

    @Override
    public String transport() {
        return MattermostDestinations.WEBHOOK;
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimit();
    }

    /** Mattermost limits per server, so all its webhooks on one host share a key. */
    @Override
    public String rateKey(Destination destination) {
        return DeliveryAdapter.hostRateKey(destination);
    }

    /** Mattermost is self-hosted: its host is the configured webhook's. */
    @Override
    public List<String> configuredUrls() {
        return config.webhookUrl().stream().toList();
    }
}
