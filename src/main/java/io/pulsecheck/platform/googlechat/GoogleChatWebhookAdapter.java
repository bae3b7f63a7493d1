package io.pulsecheck.platform.googlechat;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.UrlWebhookAdapter;

/** Google Chat space webhook; the URL's key and token are the credential. */
@ApplicationScoped
public class GoogleChatWebhookAdapter extends UrlWebhookAdapter {

    @Override
    public String transport() {
        return Destination.GOOGLE_CHAT_WEBHOOK;
    }
}
