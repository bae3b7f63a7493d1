package io.pulsecheck.platform.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulsecheck.platform.ChatPlatform;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.Reach;

/**
 * The web check-in as a platform: a person on {@code web} answers through their personal link. The web sends no
 * message itself; the link reaches them by email ({@link io.pulsecheck.platform.ChatPlatforms#route}).
 */
@ApplicationScoped
public class WebPlatform implements ChatPlatform {

    @Override
    public PlatformId id() {
        return PlatformId.WEB;
    }

    @Override
    public Reach reach(ChatRecipient recipient) {
        return recipient.platform() == PlatformId.WEB ? Reach.LINK : Reach.NONE;
    }
}
