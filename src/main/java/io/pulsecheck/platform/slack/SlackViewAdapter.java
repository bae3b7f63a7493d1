package io.pulsecheck.platform.slack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.Destination;
import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.SendOutcome;

/** Slack {@code views.publish}: a person's App Home tab, with their workspace's bot token. */
@ApplicationScoped
public class SlackViewAdapter implements DeliveryAdapter {

    /** views.publish is tier 4 (about 100 per minute per workspace); this keeps headroom. */
    private static final double PER_SECOND = 1.5;

    @Inject
    SlackApiAdapter api;

    @Override
    public String transport() {
        return SlackDestinations.VIEW;
    }

    @Override
    public double ratePerSecond() {
        return PER_SECOND;
    }

    @Override
    public SendOutcome send(Destination destination, String payloadJson) {
        return api.post("views.publish", destination, payloadJson);
    }
}
