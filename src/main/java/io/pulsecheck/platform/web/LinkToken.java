package io.pulsecheck.platform.web;

import java.time.Instant;
import java.util.UUID;

/**
 * What a verified web link says.
 *
 * @param purpose a check-in (one person, one cycle) or the person's preferences
 * @param personId whom the link was sent to
 * @param cycleId the cycle to answer; null for a preferences link
 * @param expiresAt when the link stops working (the cycle's close for a check-in)
 */
record LinkToken(Purpose purpose, UUID personId, UUID cycleId, Instant expiresAt) {

    enum Purpose {
        CHECKIN((byte) 'c'),
        PREFERENCES((byte) 'p');

        final byte code;

        Purpose(byte code) {
            this.code = code;
        }

        static Purpose of(byte code) {
            for (Purpose purpose : values()) {
                if (purpose.code == code) {
                    return purpose;
                }
            }
            return null;
        }
    }
}
