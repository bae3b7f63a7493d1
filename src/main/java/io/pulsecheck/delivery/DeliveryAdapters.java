package io.pulsecheck.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.adapters.DeliveryAdapter;
import io.pulsecheck.delivery.adapters.SendOutcome;

/** Finds the adapter for a destination's transport among all {@link DeliveryAdapter} beans. */
@ApplicationScoped
public class DeliveryAdapters {

    /** Rate of a transport no adapter serves; such messages die at their first attempt anyway. */
    private static final double UNKNOWN_RATE = 1.0;

    @Inject
    @Any
    Instance<DeliveryAdapter> adapters;

    private final Map<String, DeliveryAdapter> byTransport = new HashMap<>();

    @PostConstruct
    void index() {
        for (DeliveryAdapter adapter : adapters) {
            DeliveryAdapter previous = byTransport.put(adapter.transport(), adapter);
            if (previous != null) {
                throw new IllegalStateException("Two delivery adapters serve " + adapter.transport());
            }
        }
    }

    SendOutcome send(Destination destination, String payloadJson) {
        DeliveryAdapter adapter = byTransport.get(destination.transport());
        if (adapter == null) {
            return SendOutcome.dead(null, "unknown transport " + destination.transport());
        }
        return adapter.send(destination, payloadJson);
    }

    /** The rate key of a destination, as its transport's adapter groups it. */
    String rateKey(Destination destination) {
        DeliveryAdapter adapter = byTransport.get(destination.transport());
        return adapter == null ? DeliveryAdapter.defaultRateKey(destination) : adapter.rateKey(destination);
    }

    /** Sends per second of a transport; at least a trickle, so a zero or negative setting cannot stop delivery. */
    double rateFor(String transport) {
        DeliveryAdapter adapter = byTransport.get(transport);
        double rate = adapter == null ? UNKNOWN_RATE : adapter.ratePerSecond();
        return rate > 0 ? rate : 1;
    }

    /** The chat platforms' own hosts, over all transports. */
    List<String> platformHosts() {
        return byTransport.values().stream().flatMap(adapter -> adapter.platformHosts().stream()).toList();
    }

    /** The URLs the platforms are configured to send to, over all transports. */
    List<String> configuredUrls() {
        return byTransport.values().stream().flatMap(adapter -> adapter.configuredUrls().stream()).toList();
    }
}
