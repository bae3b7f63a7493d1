package io.pulsecheck.platform.googlechat;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Google Chat space webhook; the URL's key and token are the credential. */
@ApplicationScoped
public class GoogleChatWebhookAdapter extends UrlWebhookAdapter {

    @Inject
    GoogleChatConfig config;

    @Override
    public String transport() {
        return GoogleChatDestinations.WEBHOOK;
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimit();
    }

    @Override
    public List<String> platformHosts() {
        return List.of("chat.googleapis.com");
    }
}
