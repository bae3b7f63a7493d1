package io.pulsecheck.platform.googlechat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Google Chat space webhook; the URL's key and token are the credential. */
@ApplicationScoped
public class GoogleChatWebhookAdapter extends UrlWebhookAdapter {

    @Inject
    DeliveryConfig config;

    @Override
    public String transport() {
        return GoogleChatDestinations.WEBHOOK;
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimits().googleChatWebhook();
    }
}
