package io.pulsecheck.platform;

import java.util.Optional;

import io.pulsecheck.delivery.OutboundMessage;

/** Renders prompts for one platform as its final JSON body and destination. A new platform is one implementation. */
public interface PromptRenderer {

    PlatformId channel();

    /** The member's prompt or reminder; empty when the platform is not configured. */
    Optional<OutboundMessage> prompt(PromptRequest request);

    /** The leader's reassurance prompt; empty when the platform is not configured. */
    Optional<OutboundMessage> leaderPrompt(LeaderPromptRequest request);
}
