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

import io.pulsecheck.conversation.ConversationConfig;

/**
 * Which URLs the service may send to. A webhook URL HR sets over the API must name a chat platform's host (Slack,
 * Teams incl. Workflows/Power Automate, Google Chat), a configured host (Mattermost, the gateway, the Slack API) or one
 * on {@code pulsecheck.outbound.allowed-hosts}; and its addresses must be public unless
 * {@code pulsecheck.outbound.allow-private-addresses} is on. Otherwise one URL would turn the delivery worker into a
 * scanner of the internal network (cloud metadata at 169.254.169.254, cluster services).
 * <p>
 * The API checks a URL when it is stored; the sender checks it again before each request, since DNS may answer
 * differently by then.
 */
@ApplicationScoped
public class OutboundUrlPolicy {

    /** Hosts of the chat platforms' incoming webhooks; a leading {@code *.} matches every subdomain. */
    static final List<String> PLATFORM_HOSTS = List.of(
            "hooks.slack.com", "slack.com",
            "chat.googleapis.com",
            "*.webhook.office.com", "outlook.office.com", "*.logic.azure.com", "*.powerplatform.com",
            "*.powerautomate.com");

    private OutboundConfig config;
    private DeliveryConfig delivery;
    private ConversationConfig conversation;

    @Inject
    public OutboundUrlPolicy(OutboundConfig config, DeliveryConfig delivery, ConversationConfig conversation) {
        this.config = config;
        this.delivery = delivery;
        this.conversation = conversation;
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
        boolean platform = matchesAny(host, PLATFORM_HOSTS);
        if (!platform && !matchesAny(host, configuredHosts())) {
            return Optional.of("must point at a chat platform (Slack, Teams, Google Chat), the configured Mattermost "
                    + "or gateway host, or a host on PULSECHECK_OUTBOUND_ALLOWED_HOSTS");
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

    private List<String> configuredHosts() {
        List<String> hosts = new ArrayList<>(config.allowedHosts().orElse(List.of()));
        delivery.mattermost().webhookUrl().map(OutboundUrlPolicy::hostOf).ifPresent(hosts::add);
        delivery.webhook().url().map(OutboundUrlPolicy::hostOf).ifPresent(hosts::add);
        hosts.add(hostOf(delivery.slack().apiBaseUrl()));
        hosts.add(hostOf(conversation.slack().responseUrlPrefix()));
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
