package io.pulsecheck.delivery.adapters;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.pulsecheck.common.security.Hmac;
import io.pulsecheck.delivery.Destination;

/**
 * Transport for one kind of {@link Destination}: sends the stored payload JSON as is, adds the platform's
 * authentication and reads the platform's success and failure signals. Each platform package implements one per
 * transport; it also says how fast and grouped by what its platform may be sent to.
 */
public interface DeliveryAdapter {

    /** The {@link Destination#transport()} this adapter serves. */
    String transport();

    /** Sends once; never throws for platform or network failures, which become a {@link SendOutcome}. */
    SendOutcome send(Destination destination, String payloadJson);

    /** Sends per second per rate key; each key may burst up to one second's worth. */
    double ratePerSecond();

    /**
     * Hosts of the platform's own services this transport may send to, over https only (see
     * {@code OutboundUrlPolicy}); a leading {@code *.} matches every subdomain.
     */
    default List<String> platformHosts() {
        return List.of();
    }

    /**
     * URLs from the platform's configuration this transport sends to (an API base URL, a self-hosted server, a
     * gateway); their hosts are allowed, over http too, since the operator chose them.
     */
    default List<String> configuredUrls() {
        return List.of();
    }

    /**
     * Messages with the same rate key share one rate limit. By default: the workspace when there is no URL (an API),
     * else the webhook itself (one channel or space). Webhook URLs are credentials, so only a hash of them goes into
     * the key.
     */
    default String rateKey(Destination destination) {
        return defaultRateKey(destination);
    }

    /** {@code transport:workspace} without a URL, {@code transport:host:hash} with one. */
    static String defaultRateKey(Destination destination) {
        String transport = destination.transport();
        if (destination.url() == null) {
            return transport + ":" + (destination.workspace() != null ? destination.workspace() : "default");
        }
        return transport + ":" + hostOf(destination.url()) + ":" + Hmac
                .sha256Hex("rate-key", destination.url().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** {@code transport:host}: one limit per server, for platforms whose limit is per server. */
    static String hostRateKey(Destination destination) {
        if (destination.url() == null) {
            return defaultRateKey(destination);
        }
        return destination.transport() + ":" + hostOf(destination.url());
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "unknown" : host;
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }
}
