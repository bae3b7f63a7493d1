package io.pulsecheck.platform.teams;

import java.io.IOException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import io.pulsecheck.delivery.adapters.HttpTransport;

/**
 * The Bot Connector's signing keys: the OpenID metadata names the key set, which is downloaded and kept for a day. A
 * token naming an unknown key id makes the keys be downloaded again (Microsoft rotates them), at most once per
 * minimum interval, so forged key ids cannot make the service hammer Microsoft. A per-replica cache of public data,
 * not state.
 */
@ApplicationScoped
class BotConnectorKeys {

    private static final Logger LOG = Logger.getLogger(BotConnectorKeys.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY_WHILE_UNLOADED = Duration.ofSeconds(2);

    /** A signing key and the channels it may sign for (empty: any). */
    record Key(PublicKey publicKey, List<String> endorsements) {
    }

    @Inject
    TeamsBotConfig config;

    @Inject
    MicrosoftHttp http;

    @Inject
    Clock clock;

    private volatile Map<String, Key> keys = Map.of();
    private volatile Instant fetchedAt;
    private volatile Instant lastAttempt;

    /** The key with this id; empty when Microsoft does not publish it (or the key set cannot be loaded). */
    Optional<Key> find(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Key key = fetchedAt == null || now.isAfter(fetchedAt.plus(config.keyCache())) ? null : keys.get(kid);
        if (key == null) {
            refreshIfDue(now);
            key = keys.get(kid);
        }
        return Optional.ofNullable(key);
    }

    /** Whether any key is known, so a failed lookup means "unknown key" rather than "Microsoft unreachable". */
    boolean loaded() {
        return fetchedAt != null;
    }

    /** Loads the keys in the background at start-up, so the first activity does not wait for Microsoft. */
    void preload(@Observes StartupEvent start) {
        if (config.appId().filter(id -> !id.isBlank()).isPresent()) {
            CompletableFuture.runAsync(() -> refreshIfDue(clock.instant()));
        }
    }

    /**
     * Whether the keys may be downloaded now: after the minimum interval since the last try, when the cache has aged
     * out, or, while none could be loaded yet, a few seconds after a failed try.
     */
    private boolean mayRefresh(Instant now) {
        Instant last = lastAttempt;
        if (last == null) {
            return true;
        }
        if (fetchedAt == null) {
            return !now.isBefore(last.plus(RETRY_WHILE_UNLOADED));
        }
        return !now.isBefore(last.plus(config.keyRefreshMinInterval()))
                || now.isAfter(fetchedAt.plus(config.keyCache()));
    }

    private synchronized void refreshIfDue(Instant now) {
        if (!mayRefresh(now)) {
            return;
        }
        lastAttempt = now;
        try {
            JsonNode metadata = read(config.openidMetadataUrl());
            String jwksUri = metadata == null ? null : metadata.path("jwks_uri").asText(null);
            if (jwksUri == null) {
                LOG.warn("Teams bot: the OpenID metadata names no jwks_uri");
                return;
            }
            JsonNode set = read(jwksUri);
            if (set == null || !set.path("keys").isArray()) {
                LOG.warn("Teams bot: the key set has no keys");
                return;
            }
            Map<String, Key> loaded = new HashMap<>();
            for (JsonNode node : set.path("keys")) {
                String kid = node.path("kid").asText(null);
                if (kid == null) {
                    continue;
                }
                try {
                    JsonWebKey jwk = JsonWebKey.Factory.newJwk(JSON.writeValueAsString(node));
                    if (jwk instanceof PublicJsonWebKey publicJwk) {
                        List<String> endorsements = node.path("endorsements").isArray()
                                ? JSON.convertValue(node.path("endorsements"), JSON.getTypeFactory()
                                        .constructCollectionType(List.class, String.class))
                                : List.of();
                        loaded.put(kid, new Key(publicJwk.getPublicKey(), List.copyOf(endorsements)));
                    }
                } catch (JoseException | IllegalArgumentException e) {
                    LOG.debugf("Teams bot: skipping an unreadable key %s", kid);
                }
            }
            keys = Map.copyOf(loaded);
            fetchedAt = now;
        } catch (IOException e) {
            LOG.warnf("Teams bot: the signing keys could not be loaded (%s)", e.getClass().getSimpleName());
        }
    }

    private JsonNode read(String url) throws IOException {
        HttpTransport.Reply reply = http.get(url, Map.of("Accept", "application/json"));
        if (reply.status() != 200) {
            throw new IOException("HTTP " + reply.status());
        }
        return JSON.readTree(reply.body());
    }
}
