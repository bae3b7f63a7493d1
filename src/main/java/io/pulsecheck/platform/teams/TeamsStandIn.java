package io.pulsecheck.platform.teams;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.InboundBody;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.teams.Person;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode's stand-in for Microsoft, so a newcomer sees a Teams member answer on one machine (README, A tour): it
 * publishes OpenID metadata and a key set the dev profile trusts for Bot Connector tokens, plays the Entra token
 * endpoint and the Bot Connector the bot sends to, keeps what the bot sent per 1:1 chat (in memory, this process
 * only), and signs the activities a person's Submit and messages cause. Exists only in dev builds; the dev profile
 * alone points the bot at it.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class TeamsStandIn {

    private static final Logger LOG = Logger.getLogger(TeamsStandIn.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String TENANT = "dev-stand-in-tenant";

    /** One activity in a chat: its id, who wrote it ("bot" or the person's Teams id) and its body. */
    public record Entry(String id, String from, JsonNode body) {
    }

    /** A person's 1:1 chat with the bot: the Teams user id and Entra object id the stand-in signs activities with. */
    record Chat(String userId, String objectId) {
    }

    @Inject
    TeamsBotConfig config;

    @Inject
    TeamsHandler handler;

    @Inject
    Validator validator;

    private final RsaJsonWebKey key = key();
    private final String accessToken = UUID.randomUUID().toString();
    private final Map<String, Chat> chats = new LinkedHashMap<>();
    private final Map<String, List<Entry>> activities = new LinkedHashMap<>();

    /**
     * After the demo seed (which runs at the default priority): installs the bot in a 1:1 chat for every roster member
     * on Teams, as Teams does when a person adds the app, so today's prompt reaches them. A chat stored by an earlier
     * start on another port (or for another Teams user id) is installed again, so the bot sends here.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        List<Person> members = QuarkusTransaction.requiringNew().call(() -> Person.<Person>list("platform",
                PlatformId.TEAMS));
        for (Person person : members) {
            String conversation = conversationOf(person.platformUserId);
            Chat chat = new Chat("29:" + person.platformUserId, person.platformUserId);
            synchronized (this) {
                chats.put(conversation, chat);
            }
            boolean installed = QuarkusTransaction.requiringNew().call(() -> TeamsConversationReference
                    .ofPerson(person.id).filter(r -> r.serviceUrl.equals(serviceUrl())
                            && r.teamsUserId.equals(chat.userId())).isPresent());
            if (!installed) {
                ObjectNode update = activity("installationUpdate", conversation).put("action", "add");
                handler.handle(parse(update));
            }
        }
        LOG.infof("Teams stand-in: %d member(s) on Teams; open http://localhost:%s/dev/teams", members.size(), port());
    }

    /** The Bot Connector's OpenID metadata, naming the stand-in's key set. */
    ObjectNode openidMetadata() {
        ObjectNode metadata = JSON.createObjectNode();
        metadata.put("issuer", config.issuers().get(0)).put("jwks_uri", baseUrl() + "/jwks");
        metadata.putArray("id_token_signing_alg_values_supported").add("RS256");
        return metadata;
    }

    /** The key set the metadata names; the key is endorsed for Teams, as Microsoft's are. */
    String jwks() {
        ObjectNode set = JSON.createObjectNode();
        try {
            JsonNode jwk = JSON.readTree(new JsonWebKeySet(key).toJson()).path("keys").get(0);
            ((ObjectNode) jwk).putArray("endorsements").add("msteams");
            set.putArray("keys").add(jwk);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return set.toString();
    }

    /** Entra's client-credentials grant: the bot's app id and password, as the dev profile sets them. */
    boolean validClient(String clientId, String clientSecret) {
        return clientId != null && clientSecret != null && config.appId().filter(clientId::equals).isPresent()
                && config.appPassword().filter(clientSecret::equals).isPresent();
    }

    String accessToken() {
        return accessToken;
    }

    /** The Bot Connector's "send to conversation": keeps the activity for the page and returns its id. */
    synchronized String sent(String conversation, JsonNode activity) {
        String id = "1:" + UUID.randomUUID();
        activities.computeIfAbsent(conversation, c -> new ArrayList<>()).add(new Entry(id, "bot", activity));
        return id;
    }

    /** The Bot Connector's "update activity": replaces the bot's activity in place; false when there is none. */
    synchronized boolean updated(String conversation, String id, JsonNode activity) {
        List<Entry> entries = activities.getOrDefault(conversation, List.of());
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                entries.set(i, new Entry(id, "bot", activity));
                return true;
            }
        }
        return false;
    }

    /** The Bot Connector's "create conversation": the member's 1:1 chat with the bot. */
    synchronized Optional<String> conversationWith(String userId) {
        return chats.entrySet().stream().filter(chat -> chat.getValue().userId().equals(userId))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The chat as Teams shows it: the person's message, or what they chose on a card (kept for the page). */
    synchronized void said(String conversation, String text) {
        Chat chat = chats.get(conversation);
        activities.computeIfAbsent(conversation, c -> new ArrayList<>())
                .add(new Entry(UUID.randomUUID().toString(), chat.userId(), JSON.createObjectNode().put("text", text)));
    }

    /** The chats and their activities, oldest first. */
    synchronized Map<String, List<Entry>> chats() {
        Map<String, List<Entry>> copy = new LinkedHashMap<>();
        chats.keySet().forEach(c -> copy.put(c, List.copyOf(activities.getOrDefault(c, List.of()))));
        return copy;
    }

    synchronized boolean knows(String conversation) {
        return chats.containsKey(conversation);
    }

    /** An activity as Teams sends it from the member's 1:1 chat with the bot. */
    synchronized ObjectNode activity(String type, String conversation) {
        Chat chat = chats.get(conversation);
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", type).put("id", UUID.randomUUID().toString()).put("serviceUrl", serviceUrl())
                .put("channelId", "msteams");
        activity.putObject("from").put("id", chat.userId()).put("aadObjectId", chat.objectId());
        activity.putObject("recipient").put("id", "28:" + config.appId().orElse(""));
        activity.putObject("conversation").put("id", conversation).put("conversationType", TeamsActivity.PERSONAL)
                .put("tenantId", TENANT);
        return activity;
    }

    /** The Bot Connector's bearer token on an activity: signed with the stand-in's key, for the bot's app id. */
    String sign() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.issuers().get(0));
        claims.setAudience(config.appId().orElse(""));
        claims.setClaim("serviceUrl", serviceUrl());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the bot sends (the activities' {@code serviceUrl}): the stand-in's Bot Connector. */
    static String serviceUrl() {
        return baseUrl() + "/";
    }

    /** The stand-in's 1:1 chat of an Entra user ({@code a:dm-<object id>}). */
    static String conversationOf(String objectId) {
        return "a:dm-" + objectId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String baseUrl() {
        return "http://localhost:" + port() + "/dev/teams";
    }

    private static String port() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", String.class).orElse("8080");
    }

    private TeamsActivity parse(ObjectNode activity) {
        try {
            return InboundBody.json(activity.toString().getBytes(StandardCharsets.UTF_8), TeamsActivity.class,
                    validator);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh key pair per start. */
    private static RsaJsonWebKey key() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            // A new key id per start, so no key cached from an earlier start is taken for this one.
            key.setKeyId("dev-stand-in-" + UUID.randomUUID());
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
