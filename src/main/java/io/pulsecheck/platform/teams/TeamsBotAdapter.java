package io.pulsecheck.platform.teams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.SendOutcome;

/** New bot messages in 1:1 chats (prompts, replies, leader messages), rate limited per Teams tenant. */
@ApplicationScoped
public class TeamsBotAdapter implements DeliveryAdapter {

    @Inject
    BotConnectorSender sender;

    @Inject
    TeamsBotConfig config;

    @Override
    public String transport() {
        return TeamsDestinations.BOT;
    }

    @Override
    public SendOutcome send(Destination destination, String payloadJson) {
        return sender.send("POST", destination, payloadJson);
    }

    @Override
    public double ratePerSecond() {
        return config.rateLimit();
    }

    /** One limit per tenant, shared with card updates. */
    @Override
    public String rateKey(Destination destination) {
        return tenantRateKey(destination);
    }

    static String tenantRateKey(Destination destination) {
        return TeamsDestinations.BOT + ":" + (destination.workspace() == null ? "default" : destination.workspace());
    }
}
