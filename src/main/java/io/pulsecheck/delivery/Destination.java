package io.pulsecheck.delivery;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Where an outbox message goes and how it is transported. The payload is the platform's JSON body as is.
 *
 * @param transport how to send: the transport of one {@link io.pulsecheck.delivery.adapters.DeliveryAdapter}, named
 *        by its platform package
 * @param url the webhook or response URL; null for an API whose URL comes from configuration
 * @param workspace the platform workspace or team, for rate limiting and choosing credentials; may be null
 */
@RegisterForReflection
public record Destination(String transport, String url, String workspace) {

    public static Destination webhook(String transport, String url) {
        return new Destination(transport, url, null);
    }
}
