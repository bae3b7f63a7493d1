package io.pulsecheck.platform.slack;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Slack {@code response_url} of an interaction; it may answer 200 with {@code "ok": false}. */
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
}
