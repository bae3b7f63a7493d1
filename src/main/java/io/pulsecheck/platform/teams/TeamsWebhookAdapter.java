package io.pulsecheck.platform.teams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Microsoft Teams Workflows webhook; answers 202 Accepted, the signed URL is the credential. */
@ApplicationScoped
public class TeamsWebhookAdapter extends UrlWebhookAdapter {

    @Inject
    DeliveryConfig config;

    @Override
    public String transport() {
        return TeamsDestinations.WEBHOOK;
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimits().teamsWebhook();
    }
}
