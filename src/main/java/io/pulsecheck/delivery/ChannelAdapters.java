package io.pulsecheck.delivery;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.adapters.ChannelAdapter;
import io.pulsecheck.delivery.adapters.SendOutcome;

/** Finds the adapter for a destination's transport among all {@link ChannelAdapter} beans. */
@ApplicationScoped
public class ChannelAdapters {

    @Inject
    @Any
    Instance<ChannelAdapter> adapters;

    private final Map<String, ChannelAdapter> byTransport = new HashMap<>();

    @PostConstruct
    void index() {
        for (ChannelAdapter adapter : adapters) {
            byTransport.put(adapter.transport(), adapter);
        }
    }

    SendOutcome send(Destination destination, String payloadJson) {
        ChannelAdapter adapter = byTransport.get(destination.transport());
        if (adapter == null) {
            return SendOutcome.dead(null, "unknown transport " + destination.transport());
        }
        return adapter.send(destination, payloadJson);
    }
}
