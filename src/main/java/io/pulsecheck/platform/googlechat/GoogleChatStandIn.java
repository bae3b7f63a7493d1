package io.pulsecheck.platform.googlechat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
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
 * Dev mode's stand-in for Google, so a newcomer sees a Google Chat member answer on one machine (README, A tour): it
 * publishes a key set the dev profile trusts for Chat events, plays the OAuth token endpoint and the Chat API the app
 * sends to, keeps what the app sent per space (in memory, this process only), and signs the events a person's clicks
 * and messages cause. Exists only in dev builds; the dev profile alone points the app at it.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class GoogleChatStandIn {

    private static final Logger LOG = Logger.getLogger(GoogleChatStandIn.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token";
    static final String SERVICE_ACCOUNT = "pulsecheck-dev@stand-in.iam.gserviceaccount.com";

    /** One message in a space: who wrote it ("app" or the person) and its body as the Chat API got it. */
    public record Entry(String from, JsonNode body) {
    }

    @Inject
    GoogleChatAppConfig config;

    @Inject
    GoogleChatHandler handler;

    @Inject
    Validator validator;

    private final RsaJsonWebKey chatKey = key("dev-stand-in-chat");
    private final RsaJsonWebKey serviceAccountKey = key("dev-stand-in-service-account");
    private final String accessToken = UUID.randomUUID().toString();
    private final Map<String, List<Entry>> spaces = new LinkedHashMap<>();

    /**
     * After the demo seed (which runs at the default priority): writes the service account key the app sends with,
     * and adds the app in a direct message for every roster member on Google Chat who has not, as Google does when a
     * person installs it, so today's prompt reaches them.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        config.serviceAccountKeyFile().ifPresent(this::writeServiceAccountKey);
        List<Person> members = QuarkusTransaction.requiringNew().call(() -> Person.<Person>list("platform",
                PlatformId.GOOGLE_CHAT));
        for (Person person : members) {
            boolean installed = QuarkusTransaction.requiringNew()
                    .call(() -> GoogleChatSpace.ofPerson(person.id).isPresent());
            if (!installed) {
                String space = spaceOf(person.platformUserId);
                ObjectNode added = event("ADDED_TO_SPACE", space, person.platformUserId);
                record(space, new Entry("app", handler.handle(parse(added))));
            }
        }
        LOG.infof("Google Chat stand-in: %d member(s) on Google Chat; open http://localhost:%s/dev/google-chat",
                members.size(), ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.http.port", String.class).orElse("8080"));
    }

    /** The public key set the dev profile's {@code chat-jwks-url} names. */
    String jwks() {
        return new JsonWebKeySet(chatKey).toJson();
    }

    /** Google's token endpoint: checks the service account's signed assertion and issues the access token. */
    boolean validAssertion(String assertion) {
        try {
            new JwtConsumerBuilder().setVerificationKey(serviceAccountKey.getPublicKey())
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setExpectedIssuer(SERVICE_ACCOUNT)
                    // Google's auth library names Google's token endpoint as the audience, whatever URL it posts to.
                    .setExpectedAudience(config.tokenUrl().toString(), GOOGLE_TOKEN_URL)
                    .setRequireExpirationTime().build().processToClaims(assertion);
            return true;
        } catch (InvalidJwtException e) {
            LOG.infof("Google Chat stand-in refused a token request: %s", e.getMessage());
            return false;
        }
    }

    String accessToken() {
        return accessToken;
    }

    /** The Chat API's {@code spaces.messages.create}: keeps the message for the page. */
    synchronized void received(String space, JsonNode body) {
        record(space, new Entry("app", body));
    }

    /** The spaces and their messages, oldest first. */
    synchronized Map<String, List<Entry>> spaces() {
        Map<String, List<Entry>> copy = new LinkedHashMap<>();
        spaces.forEach((space, entries) -> copy.put(space, List.copyOf(entries)));
        return copy;
    }

    /** The person's message as Google shows it in the space. */
    synchronized void said(String space, String user, String text) {
        record(space, new Entry(user, JSON.createObjectNode().put("text", text)));
    }

    /**
     * The app's synchronous reply: a new message, or (for {@code UPDATE_MESSAGE}) the clicked card replaced, as
     * Google Chat shows it.
     */
    synchronized void replied(String space, JsonNode reply) {
        List<Entry> entries = spaces.computeIfAbsent(space, s -> new ArrayList<>());
        if ("UPDATE_MESSAGE".equals(reply.path("actionResponse").path("type").asText())) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (entries.get(i).from().equals("app") && entries.get(i).body().has("cardsV2")) {
                    entries.set(i, new Entry("app", reply));
                    return;
                }
            }
        }
        if (reply.has("text") || reply.has("cardsV2")) {
            entries.add(new Entry("app", reply));
        }
    }

    /** An event as Google Chat sends it from the person's direct message with the app. */
    static ObjectNode event(String type, String space, String user) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", type).put("eventTime", Instant.now().toString());
        event.putObject("space").put("name", space).put("type", "DM").put("spaceType", "DIRECT_MESSAGE")
                .put("singleUserBotDm", true);
        event.putObject("user").put("name", user).put("displayName", user).put("type", "HUMAN");
        return event;
    }

    /** The bearer token Google Chat puts on an event: signed with the stand-in's key, for the project number. */
    String sign() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(GoogleChatTokenVerifier.CHAT_ISSUER);
        claims.setAudience(config.projectNumber().orElse(""));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(chatKey.getPrivateKey());
        jws.setKeyIdHeaderValue(chatKey.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stand-in's direct-message space of a Google user ({@code users/demo-kira} → {@code spaces/dm-demo-kira}). */
    static String spaceOf(String user) {
        return "spaces/dm-" + user.substring(user.indexOf('/') + 1).replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private GoogleChatEvent parse(ObjectNode event) {
        try {
            return InboundBody.json(event.toString().getBytes(StandardCharsets.UTF_8), GoogleChatEvent.class,
                    validator);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized void record(String space, Entry entry) {
        spaces.computeIfAbsent(space, s -> new ArrayList<>()).add(entry);
    }

    /** A fresh key per start, matching the fresh key pair of the Chat key set. */
    private void writeServiceAccountKey(Path file) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(serviceAccountKey.getPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Map<String, String> json = Map.of("type", "service_account", "project_id", "pulsecheck-dev",
                "private_key_id", serviceAccountKey.getKeyId(), "private_key", pem, "client_email", SERVICE_ACCOUNT,
                "client_id", "1", "token_uri", config.tokenUrl().toString());
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, JSON.writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RsaJsonWebKey key(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
