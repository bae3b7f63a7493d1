package io.pulsecheck.platform.slack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.DeliveryConfig;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Slack {@code response_url} of an interaction; it may answer 200 with {@code "ok": false}. */
@ApplicationScoped
public class SlackResponseUrlAdapter extends UrlWebhookAdapter {

    @Inject
    DeliveryConfig config;

    @Override
    public String transport() {
        return SlackDestinations.RESPONSE_URL;
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimits().slackResponseUrl();
    }
}
