package io.pulsecheck.platform.googlechat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The Google Chat app (an HTTP endpoint Chat app): how its inbound requests are verified and how it sends through the
 * Chat API with a service account. Without an audience and credentials the app is off: members on Google Chat are
 * then not reached by chat, and the endpoint refuses every request. docs/GOOGLE-CHAT.md walks through the setup.
 */
@ConfigMapping(prefix = "pulsecheck.google-chat.app")
public interface GoogleChatAppConfig {

    /** The token Google Chat puts in the Authorization header, as chosen in the Chat API configuration. */
    enum Audience {
        /** A JWT from {@code chat@system.gserviceaccount.com} whose audience is the Cloud project number. */
        PROJECT_NUMBER,
        /** A Google OIDC ID token whose audience is the endpoint URL and whose email is the Chat service account. */
        ENDPOINT_URL
    }

    /** Which "Authentication audience" the Chat app is configured with. */
    @WithDefault("project-number")
    Audience authenticationAudience();

    /** The Cloud project number of the Chat app (digits); the audience of project-number tokens. */
    Optional<String> projectNumber();

    /** The public URL of {@code POST /webhooks/google-chat/events}; the audience of endpoint-URL ID tokens. */
    Optional<URI> endpointUrl();

    /**
     * Key set of {@code chat@system.gserviceaccount.com}, which signs project-number tokens. Tests point it at their
     * own keys.
     */
    @WithDefault("https://www.googleapis.com/service_accounts/v1/jwk/chat@system.gserviceaccount.com")
    URI chatJwksUrl();

    /** Google's OIDC key set, which signs endpoint-URL ID tokens. */
    @WithDefault("https://www.googleapis.com/oauth2/v3/certs")
    URI idTokenJwksUrl();

    /** How long fetched keys are kept when Google sends no cache lifetime; an unknown key id refreshes them at once. */
    @WithDefault("PT1H")
    Duration keyCacheDuration();

    /**
     * Shortest time between two key set fetches caused by unknown key ids, so forged tokens cannot make the service
     * hammer Google's key endpoint.
     */
    @WithDefault("PT5S")
    Duration keyRefreshInterval();

    /** Tolerated clock difference when checking a token's expiry and issue time. */
    @WithDefault("PT60S")
    Duration clockSkew();

    /** The service account's JSON key file; takes precedence over {@link #serviceAccountKey()}. */
    Optional<Path> serviceAccountKeyFile();

    /** The service account's JSON key itself (for a secret in an environment variable). */
    Optional<String> serviceAccountKey();

    /** OAuth token endpoint the service account's signed assertion is exchanged at. */
    @WithDefault("https://oauth2.googleapis.com/token")
    URI tokenUrl();

    /** Base URL of the Chat API ({@code /v1/spaces/.../messages} is appended). */
    @WithDefault("https://chat.googleapis.com")
    String apiBaseUrl();

    /** Messages per second into one space; Google allows one write per second per space. */
    @WithDefault("1")
    double ratePerSecond();

    /** Whether requests can be verified: the audience the chosen mode needs is configured. */
    default boolean verifiable() {
        return authenticationAudience() == Audience.PROJECT_NUMBER
                ? projectNumber().filter(n -> !n.isBlank()).isPresent()
                : endpointUrl().isPresent();
    }

    /** Whether the app can send: a service account key is configured. */
    default boolean canSend() {
        return serviceAccountKeyFile().isPresent() || serviceAccountKey().filter(k -> !k.isBlank()).isPresent();
    }
}
