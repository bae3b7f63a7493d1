package io.pulsecheck.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.adapters.DeliveryAdapter;

/**
 * Which URLs the service may send to. A webhook URL HR sets over the API must name a chat platform's own host, a host
 * a platform is configured to send to, or one on {@code pulsecheck.outbound.allowed-hosts}; each platform's delivery
 * adapters name theirs ({@link DeliveryAdapter#platformHosts()}, {@link DeliveryAdapter#configuredUrls()}). Its
 * addresses must be public unless
 * {@code pulsecheck.outbound.allow-private-addresses} is on. Otherwise one URL would turn the delivery worker into a
 * scanner of the internal network (cloud metadata at 169.254.169.254, cluster services).
 * <p>
 * The API checks a URL when it is stored; the sender checks it again before each request, since DNS may answer
 * differently by then.
 */
@ApplicationScoped
public class OutboundUrlPolicy {

    private OutboundConfig config;
    private DeliveryAdapters adapters;

    @Inject
    public OutboundUrlPolicy(OutboundConfig config, DeliveryAdapters adapters) {
        this.config = config;
        this.adapters = adapters;
    }

    /** Why the URL may not be stored, or empty when it may. Unresolvable hosts pass here and are checked at send time. */
    public Optional<String> refusalForStoring(String url) {
        return refusal(url, false);
    }

    /** Why nothing may be sent to the URL now, or empty when it may. */
    public Optional<String> refusalForSending(String url) {
        return refusal(url, true);
    }

    private Optional<String> refusal(String url, boolean requireResolution) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || host == null) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials before the host");
        }
        boolean platform = matchesAny(host, platformHosts());
        if (!platform && !matchesAny(host, configuredHosts())) {
            return Optional.of("must point at a chat platform's host, a host a platform is configured to send to, "
                    + "or a host on PULSECHECK_OUTBOUND_ALLOWED_HOSTS");
        }
        if (platform && !scheme.equals("https")) {
            return Optional.of("must use https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(stripBrackets(host));
        } catch (UnknownHostException e) {
            return requireResolution ? Optional.of("host does not resolve") : Optional.empty();
        }
        if (!config.allowPrivateAddresses()) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    return Optional.of("resolves to a private, loopback or link-local address");
                }
            }
        }
        return Optional.empty();
    }

    /** The chat platforms' own hosts (https only); a leading {@code *.} matches every subdomain. */
    List<String> platformHosts() {
        return adapters.platformHosts();
    }

    private List<String> configuredHosts() {
        List<String> hosts = new ArrayList<>(config.allowedHosts().orElse(List.of()));
        adapters.configuredUrls().stream().map(OutboundUrlPolicy::hostOf).forEach(hosts::add);
        return hosts;
    }

    static boolean matchesAny(String host, List<String> patterns) {
        for (String pattern : patterns) {
            if (pattern == null || pattern.isBlank()) {
                continue;
            }
            String p = pattern.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("*.") ? host.endsWith(p.substring(1)) : host.equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** Loopback, private (RFC 1918), link-local (incl. 169.254.169.254), unique-local (fc00::/7), CGNAT, any, multicast. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        // 100.64.0.0/10, shared address space used inside carriers and some clusters.
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
