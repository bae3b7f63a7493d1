package io.pulsecheck.platform.googlechat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;

/**
 * The Chat app's access token: the service account's signed assertion exchanged at the configured token endpoint by
 * Google's auth library, which caches the token and fetches a new one shortly before it expires.
 */
@ApplicationScoped
class GoogleChatCredentials {

    /** Lets the app post and update its own messages. */
    static final String CHAT_BOT_SCOPE = "https://www.googleapis.com/auth/chat.bot";

    @Inject
    GoogleChatAppConfig config;

    private volatile GoogleCredentials credentials;

    /**
     * A valid access token.
     *
     * @throws IOException when the key cannot be read or the token endpoint does not issue one
     */
    String accessToken() throws IOException {
        GoogleCredentials current = credentials();
        current.refreshIfExpired();
        AccessToken token = current.getAccessToken();
        if (token == null) {
            throw new IOException("the token endpoint issued no access token");
        }
        return token.getTokenValue();
    }

    private GoogleCredentials credentials() throws IOException {
        GoogleCredentials current = credentials;
        if (current == null) {
            synchronized (this) {
                if (credentials == null) {
                    credentials = load();
                }
                current = credentials;
            }
        }
        return current;
    }

    private GoogleCredentials load() throws IOException {
        try (InputStream key = keyStream()) {
            return ServiceAccountCredentials.fromStream(key).toBuilder()
                    .setTokenServerUri(config.tokenUrl())
                    .setScopes(List.of(CHAT_BOT_SCOPE))
                    .build();
        }
    }

    private InputStream keyStream() throws IOException {
        if (config.serviceAccountKeyFile().isPresent()) {
            return Files.newInputStream(config.serviceAccountKeyFile().get());
        }
        String key = config.serviceAccountKey().filter(k -> !k.isBlank())
                .orElseThrow(() -> new IOException("no Google Chat service account key is configured"));
        return new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8));
    }
}
