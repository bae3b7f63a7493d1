package io.pulsecheck.platform.slack;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Slack incoming webhook (channel posts); answers 200 "ok", or 4xx with an error code. */
@ApplicationScoped
public class SlackWebhookAdapter extends UrlWebhookAdapter {

    @Override
    public String transport() {
        return Destination.SLACK_WEBHOOK;
    }
}
