package io.pulsecheck.platform.teams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.SendOutcome;

/** Bot messages replaced in place (the answered check-in card), in the same per-tenant limit as new messages. */
@ApplicationScoped
public class TeamsBotUpdateAdapter implements DeliveryAdapter {

    @Inject
    BotConnectorSender sender;

    @Inject
    TeamsBotConfig config;

    @Override
    public String transport() {
        return TeamsDestinations.BOT_UPDATE;
    }

    @Override
    public SendOutcome send(Destination destination, String payloadJson) {
        return sender.send("PUT", destination, payloadJson);
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimit();
    }

    @Override
    public String rateKey(Destination destination) {
        return TeamsBotAdapter.tenantRateKey(destination);
    }
}
