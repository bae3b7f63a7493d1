package io.pulsecheck.platform.slack;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Slack {@code response_url} of an interaction; it may answer 200 with {@code "ok": false}. */
@ApplicationScoped
public class SlackResponseUrlAdapter extends UrlWebhookAdapter {

    @Override
    public String transport() {
        return Destination.SLACK_RESPONSE_URL;
    }
}
