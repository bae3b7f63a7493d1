package io.pulsecheck.platform;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.pulsecheck.common.i18n.UserLocale;
import io.pulsecheck.delivery.OutboundMessage;

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

    /** The prompt wording in the recipient's language ({@link UserLocale}). */
    public static PromptMessages messages(String locale) {
        return UserLocale.bundle(PromptMessages.class, locale);
    }
}
