package io.pulsecheck.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * Issues a person's personal web check-in link for one cycle; the web check-in package implements it. The core never
 * builds a link itself: it hands the link to whatever reaches the person ({@link Reach#LINK}).
 */
public interface CheckinLinks {

    /** The absolute link, bound to the person and the cycle and valid until {@code expiresAt} (the cycle's close). */
    String issue(UUID personId, UUID cycleId, Instant expiresAt);

    /** A link to the person's check-in settings (pause, stop, language), for a mail's {@code List-Unsubscribe}. */
    String preferences(UUID personId);
}
