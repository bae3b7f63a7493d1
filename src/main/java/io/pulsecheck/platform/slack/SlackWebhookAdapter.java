package io.pulsecheck.platform.slack;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Slack incoming webhook (channel posts); answers 200 "ok", or 4xx with an error code. */
@ApplicationScoped
public class SlackWebhookAdapter extends UrlWebhookAdapter {

    @Inject
    SlackConfig config;

    @Override
    public String transport() {
        return SlackDestinations.WEBHOOK;
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimits().webhook();
    }

    @Override
    public List<String> platformHosts() {
        return List.of("hooks.slack.com");
    }
}
