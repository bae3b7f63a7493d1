package io.pulsecheck.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

import io.pulsecheck.common.security.Hmac;
import io.pulsecheck.common.security.SecurityConfig;

/**
 * Dashboard sessions as a signed cookie: who, until when, and a random nonce, with an HMAC over all of it. Nothing is
 * kept in memory, so any replica accepts it. The cookie is HttpOnly (no script reads it), SameSite=Lax (other sites'
 * forms do not carry it; a link from the chat app still opens the page signed in) and Secure outside dev mode; its
 * path is {@code /dashboard}. Every form carries a token derived from the cookie, so a forged cross-site request
 * cannot post even where SameSite is not honoured. Access to a team is checked on every request against the roster
 * of that moment, so a leader removed from a team loses its page at once, not when the session ends.
 */
@ApplicationScoped
public class DashboardSessions {

    public static final String COOKIE = "pulsecheck_dashboard";
    static final String PATH = "/dashboard";
    private static final String PURPOSE = "dashboard-session";
    private static final String CSRF_PURPOSE = "dashboard-csrf";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DashboardConfig config;

    @Inject
    SecurityConfig security;

    @Inject
    Clock clock;

    /** A new session for the viewer, as the cookie to set. */
    public NewCookie start(Viewer.Role role, UUID leaderId, String subject) {
        Instant expires = clock.instant().plus(config.sessionLength());
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String who = role == Viewer.Role.LEADER ? leaderId.toString()
                : B64.encodeToString(subject.getBytes(StandardCharsets.UTF_8));
        String payload = "v1|" + role.name() + "|" + who + "|" + expires.getEpochSecond() + "|" + B64.encodeToString(nonce);
        String value = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + sign(payload);
        return cookie(value, (int) config.sessionLength().toSeconds());
    }

    /** The cookie that ends the session in the browser. */
    public NewCookie end() {
        return cookie("", 0);
    }

    /** The session's viewer, when the cookie is ours, intact and not expired. */
    public Optional<Viewer> read(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String payload;
        try {
            payload = new String(B64D.decode(cookie.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!Hmac.constantTimeEquals(sign(payload), cookie.substring(dot + 1))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\|");
        if (parts.length != 5 || !"v1".equals(parts[0])) {
            return Optional.empty();
        }
        try {
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[3]));
            if (!expires.isAfter(clock.instant())) {
                return Optional.empty();
            }
            Viewer.Role role = Viewer.Role.valueOf(parts[1]);
            return Optional.of(role == Viewer.Role.LEADER ? Viewer.leader(UUID.fromString(parts[2]), expires)
                    : Viewer.hr(new String(B64D.decode(parts[2]), StandardCharsets.UTF_8), expires));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The token every form of this session carries. */
    public String csrfToken(String cookie) {
        return Hmac.sha256Base64Url(security.actionTokenSecret(), CSRF_PURPOSE + "|" + cookie);
    }

    /** Whether a posted form token belongs to the session. */
    public boolean checkCsrf(String cookie, String token) {
        return cookie != null && Hmac.constantTimeEquals(csrfToken(cookie), token);
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path(PATH).httpOnly(true).secure(config.secureCookie())
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }

    private String sign(String payload) {
        return Hmac.sha256Base64Url(security.actionTokenSecret(), PURPOSE + "|" + payload);
    }
}
