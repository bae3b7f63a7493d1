package io.pulsecheck.delivery.adapters;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulsecheck.delivery.Destination;

/** Mattermost incoming webhook; the payload's {@code channel} addresses {@code @username}. */
@ApplicationScoped
public class MattermostWebhookAdapter extends UrlWebhookAdapter {

    @Override
    public String transport() {
        return Destination.MATTERMOST_WEBHOOK;
    }
}
