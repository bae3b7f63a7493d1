package io.pulsecheck.platform.teams;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Microsoft Teams Workflows webhook; answers 202 Accepted, the signed URL is the credential. */
@ApplicationScoped
public class TeamsWebhookAdapter extends UrlWebhookAdapter {

    @Override
    public String transport() {
        return Destination.TEAMS_WEBHOOK;
    }
}
