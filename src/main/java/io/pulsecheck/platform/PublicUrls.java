package io.pulsecheck.platform;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a chat platform's servers can fetch a URL of ours (chart images): only public HTTPS works. Slack rejects a
 * whole message whose image it cannot download, so its renderer leaves such an image out; Google Chat and Teams post
 * the card and show no image. {@link PublicBaseUrlCheck} warns about the base URL.
 */
public final class PublicUrls {

    private PublicUrls() {
    }

    /** Empty when the URL is public HTTPS; else why not, for the operator's warning. */
    public static Optional<String> problem(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.of("is not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("is not https");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("has no host");
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
                || name.endsWith(".internal") || name.endsWith(".svc") || name.endsWith(".cluster.local")
                || !name.contains(".") && !name.contains(":")) {
            return Optional.of("names a local host (" + host + ")");
        }
        if (isLiteralAddress(name)) {
            try {
                InetAddress address = InetAddress.getByName(name);
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || isUniqueLocal(address)) {
                    return Optional.of("is a private address (" + host + ")");
                }
            } catch (UnknownHostException e) {
                return Optional.of("has an unreadable address (" + host + ")");
            }
        }
        return Optional.empty();
    }

    public static boolean isPublicHttps(String url) {
        return url != null && problem(url).isEmpty();
    }

    /** Literal IPv4 or IPv6 only: a name is never looked up here (no DNS at render time). */
    private static boolean isLiteralAddress(String host) {
        return host.matches("[0-9.]+") || host.startsWith("[") || host.contains(":");
    }

    /** IPv6 fc00::/7, which the JDK does not count as site-local. */
    private static boolean isUniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
    }
}
