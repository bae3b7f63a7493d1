package io.pulsecheck.platform.mattermost;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Mattermost incoming webhook; the payload's {@code channel} addresses {@code @username}. */
@ApplicationScoped
public class MattermostWebhookAdapter extends UrlWebhookAdapter {

    @Override
    public String transport() {
        return Destination.MATTERMOST_WEBHOOK;
    }
}
