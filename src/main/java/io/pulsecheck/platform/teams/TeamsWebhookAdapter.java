package io.pulsecheck.platform.teams;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Microsoft Teams Workflows webhook; answers 202 Accepted, the signed URL is the credential. */
@ApplicationScoped
public class TeamsWebhookAdapter extends UrlWebhookAdapter {

    @Inject
    TeamsConfig config;

    @Override
    public String transport() {
        return TeamsDestinations.WEBHOOK;
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimit();
    }

    /** Incoming webhooks and Workflows (Power Automate) triggers. */
    @Override
    public List<String> platformHosts() {
        return List.of("*.webhook.office.com", "outlook.office.com", "*.logic.azure.com", "*.powerplatform.com",
                "*.powerautomate.com");
    }
}
