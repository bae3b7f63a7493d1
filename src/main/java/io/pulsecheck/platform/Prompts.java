package io.pulsecheck.platform;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.pulsecheck.delivery.OutboundMessage;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Picks the renderer for a recipient's platform and the wording for their locale. */
@ApplicationScoped
public class Prompts {

    @Inject
    @Any
    Instance<PromptRenderer> renderers;

    private final Map<PlatformId, PromptRenderer> byChannel = new EnumMap<>(PlatformId.class);

    @PostConstruct
    void index() {
        for (PromptRenderer renderer : renderers) {
            byChannel.put(renderer.channel(), renderer);
        }
    }

    /** The member's prompt; empty when their platform cannot receive prompts or is not configured. */
    public Optional<OutboundMessage> prompt(PromptRequest request) {
        PromptRenderer renderer = byChannel.get(request.recipient().platform());
        return renderer == null ? Optional.empty() : renderer.prompt(request);
    }

    public Optional<OutboundMessage> leaderPrompt(LeaderPromptRequest request) {
        PromptRenderer renderer = byChannel.get(request.leader().platform());
        return renderer == null ? Optional.empty() : renderer.leaderPrompt(request);
    }

    /** German for {@code de} and its variants, English otherwise. */
    public static PromptMessages messages(String locale) {
        if (locale != null && locale.toLowerCase(Locale.ROOT).startsWith("de")) {
            return MessageBundles.get(PromptMessages.class, Localized.Literal.of("de"));
        }
        return MessageBundles.get(PromptMessages.class);
    }
}
