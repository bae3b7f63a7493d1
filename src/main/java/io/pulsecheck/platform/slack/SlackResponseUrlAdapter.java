package io.pulsecheck.platform.slack;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/**
 * Slack {@code response_url} of an interaction; it may answer 200 with {@code "ok": false}. Slack limits each
 * {@code response_url} on its own (a few uses within 30 minutes), so each is its own rate key: the thank-yous of a
 * Monday-morning burst go out side by side instead of queueing behind one workspace-wide limit.
 */
@ApplicationScoped
public class SlackResponseUrlAdapter extends UrlWebhookAdapter {

    @Inject
    SlackConfig config;

    @Override
    public String transport() {
        return SlackDestinations.RESPONSE_URL;
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimits().responseUrl();
    }

    /** Slack's {@code response_url}s, under the prefix they must start with to be answered. */
    @Override
    public List<String> configuredUrls() {
        return List.of(config.responseUrlPrefix());
    }

    /** One key per URL, holding a hash of it, never the URL, which is a credential. */
    @Override
    public String rateKey(Destination destination) {
        return DeliveryAdapter.defaultRateKey(destination);
    }
}
