package io.pulsecheck.delivery.adapters;

import io.pulsecheck.delivery.Destination;

/**
 * Transport for one kind of {@link Destination}: sends the stored payload JSON as is, adds the platform's
 * authentication and reads the platform's success and failure signals. A new platform is one implementation.
 */
public interface ChannelAdapter {

    /** The {@link Destination#transport()} this adapter serves. */
    String transport();

    /** Sends once; never throws for platform or network failures, which become a {@link SendOutcome}. */
    SendOutcome send(Destination destination, String payloadJson);
}
