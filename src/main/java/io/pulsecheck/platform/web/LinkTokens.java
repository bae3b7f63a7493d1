package io.pulsecheck.platform.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.pulsecheck.common.config.ApiConfig;
import io.pulsecheck.common.security.Hmac;
import io.pulsecheck.common.security.SecurityConfig;
import io.pulsecheck.platform.CheckinLinks;

/**
 * Personal web links: {@code base64url(purpose, person, cycle, expiry)} and an HMAC-SHA256 over it, with a key derived
 * from the action token secret for this use only (so a token of another feature never verifies here). Nothing is
 * stored: a check-in link is single-use because the person's receipt for the cycle already says they answered.
 */
@ApplicationScoped
public class LinkTokens implements CheckinLinks {

    private static final int BODY_BYTES = 1 + 16 + 16 + 8;
    private static final int MAC_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Why a link was refused. */
    enum Refusal {
        /** Not issued by this service, or altered. */
        FORGED,
        /** Past its expiry. */
        EXPIRED
    }

    /** A verified token, or why it was refused. */
    record Verified(LinkToken token, Refusal refusal) {
    }

    @Inject
    SecurityConfig security;

    @Inject
    WebConfig config;

    @Inject
    ApiConfig api;

    @Inject
    Clock clock;

    @Override
    public String issue(UUID personId, UUID cycleId, Instant expiresAt) {
        return api.publicBaseUrl().replaceAll("/+$", "") + "/checkin/"
                + sign(new LinkToken(LinkToken.Purpose.CHECKIN, personId, cycleId, expiresAt));
    }

    /** A link to the person's settings page, valid for the configured time. */
    @Override
    public String preferences(UUID personId) {
        String token = sign(new LinkToken(LinkToken.Purpose.PREFERENCES, personId, null,
                clock.instant().plus(config.preferencesLinkValidity())));
        return api.publicBaseUrl().replaceAll("/+$", "") + "/checkin/" + token + "/unsubscribe";
    }

    String sign(LinkToken token) {
        ByteBuffer body = ByteBuffer.allocate(BODY_BYTES);
        body.put(token.purpose().code);
        UUID cycle = token.cycleId() == null ? new UUID(0, 0) : token.cycleId();
        body.putLong(token.personId().getMostSignificantBits()).putLong(token.personId().getLeastSignificantBits());
        body.putLong(cycle.getMostSignificantBits()).putLong(cycle.getLeastSignificantBits());
        body.putLong(token.expiresAt().getEpochSecond());
        byte[] bytes = body.array();
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** Checks the signature first, then the expiry; the token is never trusted before its signature. */
    Verified verify(String token) {
        if (token == null || token.length() > 200) {
            return new Verified(null, Refusal.FORGED);
        }
        int dot = token.indexOf('.');
        byte[] body;
        byte[] mac;
        try {
            body = DECODER.decode(dot < 0 ? "" : token.substring(0, dot));
            mac = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return new Verified(null, Refusal.FORGED);
        }
        if (body.length != BODY_BYTES || mac.length != MAC_BYTES || !MessageDigest.isEqual(mac(body), mac)) {
            return new Verified(null, Refusal.FORGED);
        }
        ByteBuffer buffer = ByteBuffer.wrap(body);
        LinkToken.Purpose purpose = LinkToken.Purpose.of(buffer.get());
        UUID person = new UUID(buffer.getLong(), buffer.getLong());
        UUID cycle = new UUID(buffer.getLong(), buffer.getLong());
        Instant expiresAt = Instant.ofEpochSecond(buffer.getLong());
        if (purpose == null) {
            return new Verified(null, Refusal.FORGED);
        }
        LinkToken verified = new LinkToken(purpose, person, purpose == LinkToken.Purpose.CHECKIN ? cycle : null,
                expiresAt);
        if (!clock.instant().isBefore(expiresAt)) {
            return new Verified(verified, Refusal.EXPIRED);
        }
        return new Verified(verified, null);
    }

    private byte[] mac(byte[] body) {
        byte[] key = Hmac.sha256(security.actionTokenSecret().getBytes(StandardCharsets.UTF_8),
                "pulsecheck web check-in link v1".getBytes(StandardCharsets.US_ASCII));
        return Hmac.sha256(key, body);
    }
}
