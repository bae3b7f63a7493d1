package io.pulsecheck.delivery;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where outbound messages may go (see {@link OutboundUrlPolicy}): the chat platforms' own hosts, the hosts the
 * platforms are configured to send to, and this allowlist.
 */
@ConfigMapping(prefix = "pulsecheck.outbound")
public interface OutboundConfig {

    /**
     * More hosts webhook URLs may name, comma-separated; {@code *.example.com} allows every subdomain. Env:
     * {@code PULSECHECK_OUTBOUND_ALLOWED_HOSTS}.
     */
    Optional<List<String>> allowedHosts();

    /**
     * Allow destinations that resolve to private, loopback, link-local or unique-local addresses (a gateway inside
     * your network). Off by default: such a URL set over the API would let it probe the internal network. Env:
     * {@code PULSECHECK_OUTBOUND_ALLOW_PRIVATE_ADDRESSES}.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
