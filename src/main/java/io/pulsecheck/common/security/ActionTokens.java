package io.pulsecheck.common.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tokens carried inside interactive chat messages (for example Mattermost button {@code context}) that prove the
 * service issued the button: HMAC-SHA256 over the parts joined with {@code '|'}, base64url without padding.
 */
@ApplicationScoped
public class ActionTokens {

    @Inject
    SecurityConfig config;

    public String sign(String... parts) {
        byte[] mac = Hmac.sha256(config.actionTokenSecret().getBytes(StandardCharsets.UTF_8),
                String.join("|", parts).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    public boolean verify(String token, String... parts) {
        return Hmac.constantTimeEquals(sign(parts), token);
    }
}
