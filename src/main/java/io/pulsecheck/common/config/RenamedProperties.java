package io.pulsecheck.common.config;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigSourceInterceptorFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.FallbackConfigSourceInterceptor;
import io.smallrye.config.Priorities;

/**
 * Platform settings moved from the feature prefixes ({@code pulsecheck.delivery}, {@code pulsecheck.conversation}) to
 * one prefix per platform. For one release the old names still configure the new settings: a new name that is not
 * set falls back to its old name, and each old name in use is logged once as a warning (the name, never the value).
 * Where both are set in the same source, the new name wins. Remove this in the release after.
 * <p>
 * Map keys ({@code workspace-bot-tokens.<id>}) under the old prefix are renamed too, as properties (properties
 * files, system properties) name them.
 */
public class RenamedProperties implements ConfigSourceInterceptorFactory {

    private static final Logger LOG = Logger.getLogger(RenamedProperties.class);

    /** New name to old name. */
    static final Map<String, String> OLD_NAMES = Map.ofEntries(
            Map.entry("pulsecheck.slack.signing-secret", "pulsecheck.conversation.slack.signing-secret"),
            Map.entry("pulsecheck.slack.previous-signing-secret",
                    "pulsecheck.conversation.slack.previous-signing-secret"),
            Map.entry("pulsecheck.slack.response-url-prefix", "pulsecheck.conversation.slack.response-url-prefix"),
            Map.entry("pulsecheck.slack.api-base-url", "pulsecheck.delivery.slack.api-base-url"),
            Map.entry("pulsecheck.slack.bot-token", "pulsecheck.delivery.slack.bot-token"),
            Map.entry("pulsecheck.slack.default-workspace", "pulsecheck.delivery.slack.default-workspace"),
            Map.entry("pulsecheck.slack.rate-limits.api", "pulsecheck.delivery.rate-limits.slack-api"),
            Map.entry("pulsecheck.slack.rate-limits.webhook", "pulsecheck.delivery.rate-limits.slack-webhook"),
            Map.entry("pulsecheck.slack.rate-limits.response-url", "pulsecheck.delivery.rate-limits.slack-response-url"),
            Map.entry("pulsecheck.mattermost.command-token", "pulsecheck.conversation.mattermost.command-token"),
            Map.entry("pulsecheck.mattermost.webhook-url", "pulsecheck.delivery.mattermost.webhook-url"),
            Map.entry("pulsecheck.mattermost.rate-limit", "pulsecheck.delivery.rate-limits.mattermost-webhook"),
            Map.entry("pulsecheck.webhook.inbound-secret", "pulsecheck.conversation.generic.inbound-secret"),
            Map.entry("pulsecheck.webhook.url", "pulsecheck.delivery.webhook.url"),
            Map.entry("pulsecheck.webhook.secret", "pulsecheck.delivery.webhook.secret"),
            Map.entry("pulsecheck.webhook.rate-limit", "pulsecheck.delivery.rate-limits.generic-webhook"),
            Map.entry("pulsecheck.ms-teams.rate-limit", "pulsecheck.delivery.rate-limits.teams-webhook"),
            Map.entry("pulsecheck.google-chat.rate-limit", "pulsecheck.delivery.rate-limits.google-chat-webhook"));

    /** New prefix to old prefix, for maps whose keys are chosen by the operator. */
    static final Map<String, String> OLD_PREFIXES = Map.of(
            "pulsecheck.slack.workspace-bot-tokens.", "pulsecheck.delivery.slack.workspace-bot-tokens.");

    private static final Map<String, String> NEW_NAMES = OLD_NAMES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    /** Old names already warned about in this process (configuration is built more than once at start-up). */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    @Override
    public ConfigSourceInterceptor getInterceptor(ConfigSourceInterceptorContext context) {
        return new Fallback();
    }

    /** Above the profile interceptor, so that {@code %prod.}-style old names are found too. */
    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(Priorities.LIBRARY + 600);
    }

    /** The old name of a renamed setting, or empty when the name was not renamed. */
    public static Optional<String> oldNameOf(String name) {
        String old = OLD_NAMES.get(name);
        if (old != null) {
            return Optional.of(old);
        }
        for (Map.Entry<String, String> prefix : OLD_PREFIXES.entrySet()) {
            if (name.startsWith(prefix.getKey()) && name.length() > prefix.getKey().length()) {
                return Optional.of(prefix.getValue() + name.substring(prefix.getKey().length()));
            }
        }
        return Optional.empty();
    }

    /** The new name of an old name, or null when the name was not renamed. */
    static String newNameOf(String name) {
        String exact = NEW_NAMES.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> prefix : OLD_PREFIXES.entrySet()) {
            if (name.startsWith(prefix.getValue()) && name.length() > prefix.getValue().length()) {
                return prefix.getKey() + name.substring(prefix.getValue().length());
            }
        }
        return null;
    }

    private static final class Fallback extends FallbackConfigSourceInterceptor {

        private static final long serialVersionUID = 1L;

        Fallback() {
            super(name -> oldNameOf(name).orElse(name));
        }

        @Override
        public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
            Optional<String> old = oldNameOf(name);
            if (old.isPresent() && !WARNED.contains(old.get()) && context.proceed(old.get()) != null
                    && WARNED.add(old.get())) {
                LOG.warnf("Configuration property %s is deprecated and will stop working in the next release; "
                        + "use %s (environment variable %s)", old.get(), name, ProductionConfigGuard.envName(name));
            }
            return super.getValue(context, name);
        }

        /**
         * Old names as their new names: map keys under an old prefix are then found, and the mappings that own the
         * old prefixes ({@code pulsecheck.delivery}, {@code pulsecheck.conversation}) do not refuse them as unknown.
         */
        @Override
        public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
            Iterator<String> names = context.iterateNames();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return names.hasNext();
                }

                @Override
                public String next() {
                    String name = names.next();
                    String renamed = newNameOf(name);
                    return renamed != null ? renamed : name;
                }
            };
        }
    }
}
