package io.pulsecheck.common.security;

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
        return Hmac.sha256Base64Url(config.actionTokenSecret(), String.join("|", parts));
    }

    public boolean verify(String token, String... parts) {
        return Hmac.constantTimeEquals(sign(parts), token);
    }
}
