package io.pulsecheck.platform.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.testing.FakeMicrosoft;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sends more than a thousand malformed, unsigned, wrongly signed and replayed requests to the Teams endpoint: none
 * may get a 5xx, every forged or malformed one a 4xx, every replay an acknowledgement without effect, and no row
 * anywhere may change.
 */
@QuarkusTest
class TeamsInboundFuzzTest {

    private static final int ROUNDS = 1200;

    private final Random random = new Random(20261126L);

    /** One request: a kind for the counts, the body bytes and the Authorization header (null for none). */
    private record Attack(String kind, byte[] body, String authorization, boolean replay) {
    }

    @Test
    void refusesMalformedForgedAndReplayedActivitiesWithoutWritingAnything() {
        FakeMicrosoft.stub();
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 3);
        TeamsActivities.User installed = TeamsActivities.User.of(checkin.member(0).platformUserId());
        TeamsActivities.User answered = TeamsActivities.User.of(checkin.member(1).platformUserId());
        TeamsActivities.User stranger = TeamsActivities.User.of(checkin.member(2).platformUserId());
        List<Attack> replays = acceptedRequests(checkin, installed, answered);
        List<Supplier<Attack>> generators = generators(checkin, installed, stranger, replays);

        String before = snapshot();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        int serverErrors = 0;
        int unexpected = 0;
        long started = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            Attack attack = generators.get(i % generators.size()).get();
            int status = SignedRequests.raw(TeamsActivities.PATH, "application/json", attack.body(),
                    attack.authorization() == null ? Map.of() : Map.of("Authorization", attack.authorization()))
                    .statusCode();
            byStatus.merge(Integer.toString(status), 1, Integer::sum);
            byKind.merge(attack.kind(), 1, Integer::sum);
            if (status >= 500) {
                serverErrors++;
            } else if (attack.replay() ? status != 200 : status < 400) {
                unexpected++;
                System.out.println("teams fuzz: " + attack.kind() + " -> " + status);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String after = snapshot();

        System.out.printf("teams fuzz: %d requests in %d ms, 5xx=%d, unexpected=%d%n", ROUNDS, millis, serverErrors,
                unexpected);
        System.out.println("teams fuzz: by status " + byStatus);
        System.out.println("teams fuzz: by kind " + byKind);
        System.out.println("teams fuzz: rows before " + before);
        System.out.println("teams fuzz: rows after  " + after);
        assertEquals(0, serverErrors, "5xx answers");
        assertEquals(0, unexpected, "forged or malformed requests not refused, or replays not acknowledged");
        assertEquals(before, after, "rows written");
        assertTrue(byKind.size() >= 30, "variety of attacks");
    }

    private static String snapshot() {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("teams_conversation_reference", "inbound_request", "outbox_message", "receipt",
                "sealed_submission", "response", "answer", "response_comment", "conversation", "person")) {
            out.append(table).append('=').append(Rows.count("select count(*) from " + table)).append(' ');
        }
        return out.append("personVersions=").append(Rows.list(
                "select coalesce(sum(version), 0)::text from person").get(0)[0]).toString();
    }

    /** An installation, a command and an answer, accepted before counting; sending them again is a replay. */
    private List<Attack> acceptedRequests(Checkin checkin, TeamsActivities.User installed,
            TeamsActivities.User answered) {
        List<ObjectNode> activities = List.of(TeamsActivities.install(installed),
                TeamsActivities.typed(installed, "help"), TeamsActivities.install(answered),
                TeamsActivities.submit(answered, checkin.cycleId(), Map.of(checkin.scale(), "3"), null, "card-1"));
        List<Attack> accepted = new ArrayList<>();
        for (ObjectNode activity : activities) {
            Attack attack = new Attack("replay " + activity.path("type").asText(), bytes(activity.toString()),
                    bearer(FakeMicrosoft.token(FakeMicrosoft.serviceUrl())), true);
            int status = SignedRequests.raw(TeamsActivities.PATH, "application/json", attack.body(),
                    Map.of("Authorization", attack.authorization())).statusCode();
            assertEquals(200, status, "first sending of " + attack.kind());
            accepted.add(attack);
        }
        return accepted;
    }

    private List<Supplier<Attack>> generators(Checkin checkin, TeamsActivities.User installed,
            TeamsActivities.User stranger, List<Attack> replays) {
        List<Supplier<Attack>> list = new ArrayList<>();
        Supplier<ObjectNode> validInstall = () -> TeamsActivities.install(stranger);
        Supplier<ObjectNode> validSubmit = () -> TeamsActivities.submit(installed, checkin.cycleId(),
                Map.of(checkin.scale(), Integer.toString(random.nextInt(6))), "fuzz", "card-" + random.nextInt());
        for (Supplier<ObjectNode> valid : List.of(validInstall, validSubmit)) {
            String what = valid == validInstall ? " install" : " submit";
            list.add(() -> new Attack("unsigned" + what, bytes(valid.get().toString()), null, false));
            list.add(() -> new Attack("garbage-authorization" + what, bytes(valid.get().toString()),
                    randomOf("", "Bearer", "Bearer ", "Basic Zm9vOmJhcg==", "Bearer " + hex(40),
                            "Bearer a.b.c", "Bearer ..", "bearer " + hex(10) + "." + hex(10) + "." + hex(10),
                            "Bearer " + "x".repeat(9000)), false));
            list.add(() -> signed("wrong-issuer" + what, valid.get(), claims -> claims.setIssuer(
                    randomOf("https://login.microsoftonline.com/x/v2.0", "https://api.botframework.com/", "", "x"))));
            list.add(() -> signed("wrong-audience" + what, valid.get(), claims -> claims.setAudience(
                    randomOf("other-app", FakeMicrosoft.APP_ID + "x", "", "https://api.botframework.com"))));
            list.add(() -> signed("expired" + what, valid.get(), claims -> {
                long now = System.currentTimeMillis() / 1000;
                claims.setIssuedAt(NumericDate.fromSeconds(now - 90_000));
                claims.setNotBefore(NumericDate.fromSeconds(now - 90_000));
                claims.setExpirationTime(NumericDate.fromSeconds(now - 301 - random.nextInt(100_000)));
            }));
            list.add(() -> signed("not-yet-valid" + what, valid.get(), claims -> claims.setNotBefore(
                    NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + 301 + random.nextInt(100_000)))));
            list.add(() -> signed("no-expiry" + what, valid.get(), claims -> claims.unsetClaim("exp")));
            list.add(() -> signed("other-service-url" + what, valid.get(), claims -> claims.setClaim("serviceUrl",
                    randomOf("https://smba.trafficmanager.net/amer/", FakeMicrosoft.serviceUrl() + "x", "", "1"))));
            list.add(() -> new Attack("unknown-kid" + what, bytes(valid.get().toString()), bearer(FakeMicrosoft.token(
                    FakeMicrosoft.newKey("k-" + random.nextInt(1000)), claims -> {
                    })), false));
            list.add(() -> new Attack("forged-signature" + what, bytes(valid.get().toString()),
                    bearer(FakeMicrosoft.token(FORGER, claims -> {
                    })), false));
            list.add(() -> new Attack("alg-none" + what, bytes(valid.get().toString()), bearer(unsigned()), false));
            list.add(() -> new Attack("alg-hs256" + what, bytes(valid.get().toString()), bearer(hmac()), false));
            list.add(() -> {
                String token = FakeMicrosoft.token(FakeMicrosoft.serviceUrl());
                String[] parts = token.split("\\.");
                return new Attack("tampered-claims" + what, bytes(valid.get().toString()), bearer(parts[0] + "."
                        + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2]), false);
            });
            list.add(() -> {
                ObjectNode activity = valid.get();
                activity.put("serviceUrl", randomOf("https://evil.example/", FakeMicrosoft.serviceUrl() + "other/"));
                return new Attack("body-service-url-differs" + what, bytes(activity.toString()),
                        bearer(FakeMicrosoft.token(FakeMicrosoft.serviceUrl())), false);
            });
        }

        // Validly signed, but malformed.
        for (String json : List.of("{", "[]", "null", "\"text\"", "42", "{\"type\":", "{}", "{\"a\":1} trailing",
                "[".repeat(3000) + "]".repeat(3000), "\u0000\u0001",
                "{\"type\":\"message\",\"serviceUrl\":\"" + FakeMicrosoft.serviceUrl() + "\"}",
                "{\"type\":\"message\",\"id\":\"x\",\"serviceUrl\":\"" + FakeMicrosoft.serviceUrl()
                        + "\",\"channelId\":\"msteams\",\"from\":{},\"conversation\":{\"id\":\"c\"}}",
                "{\"type\":[],\"id\":{},\"serviceUrl\":\"" + FakeMicrosoft.serviceUrl() + "\"}")) {
            list.add(() -> new Attack("malformed-json", bytes(json),
                    bearer(FakeMicrosoft.token(FakeMicrosoft.serviceUrl())), false));
        }
        list.add(() -> new Attack("random-bytes", randomBytes(),
                bearer(FakeMicrosoft.token(FakeMicrosoft.serviceUrl())), false));
        list.add(() -> new Attack("oversize-text", bytes(TeamsActivities.typed(installed, "y".repeat(4001))
                .toString()), bearer(FakeMicrosoft.token(FakeMicrosoft.serviceUrl())), false));
        list.add(() -> {
            ObjectNode activity = TeamsActivities.install(stranger);
            activity.with("conversation").put("tenantId", randomOf("", " "));
            return signedFor("blank-tenant", activity);
        });
        list.add(() -> signedFor("other-channel", TeamsActivities.install(stranger)
                .put("channelId", randomOf("slack", "skype", "directline"))));
        // Validly signed, well formed, wrong for the check-in.
        list.add(() -> signedFor("submit-without-installation", TeamsActivities.submit(stranger, checkin.cycleId(),
                Map.of(checkin.scale(), "1"), null, "card")));
        list.add(() -> signedFor("unknown-cycle", TeamsActivities.submit(installed, UUID.randomUUID(),
                Map.of(checkin.scale(), "1"), null, "card")));
        list.add(() -> {
            ObjectNode activity = TeamsActivities.submit(installed, checkin.cycleId(), Map.of(), null, "card");
            activity.with("value").put("cycle", randomOf("not-a-uuid", "", "1234"));
            return signedFor("bad-cycle-id", activity);
        });
        list.add(() -> signedFor("invalid-value", TeamsActivities.submit(installed, checkin.cycleId(),
                Map.of(checkin.scale(), randomOf("6", "-1", "4.5", "zz"), checkin.yesNo(), "1"), null, "card")));
        list.add(() -> {
            ObjectNode activity = TeamsActivities.submit(installed, checkin.cycleId(), Map.of(), null, "card");
            activity.with("value").put("q:" + randomOf(UUID.randomUUID().toString(), "nope", ""), "1");
            return signedFor("unknown-question", activity);
        });
        list.add(() -> {
            ObjectNode activity = TeamsActivities.submit(installed, checkin.cycleId(), Map.of(), null, "card");
            activity.with("value").putArray("q:" + checkin.scale()).add(1);
            return signedFor("non-text-answer", activity);
        });
        list.add(() -> signedFor("long-comment", TeamsActivities.submit(installed, checkin.cycleId(), Map.of(),
                "x".repeat(2001), "card")));
        list.add(() -> {
            ObjectNode activity = TeamsActivities.submit(installed, checkin.cycleId(), Map.of(checkin.scale(), "2"),
                    null, "card");
            activity.with("from").put("id", "29:someone-else");
            return signedFor("submit-as-someone-else", activity);
        });
        list.add(() -> {
            ObjectNode activity = TeamsActivities.install(stranger);
            String host = randomOf("https://evil.example/", "http://169.254.169.254/", "ftp://localhost/");
            activity.put("serviceUrl", host);
            return new Attack("foreign-service-url-signed", bytes(activity.toString()),
                    bearer(FakeMicrosoft.token(host)), false);
        });
        list.add(() -> new Attack("oversize-body", bytes("{\"pad\":\"" + "x".repeat(300 * 1024) + "\"}"),
                bearer(FakeMicrosoft.token(FakeMicrosoft.serviceUrl())), false));

        for (Attack replay : replays) {
            list.add(() -> replay);
        }
        return list;
    }

    private static final org.jose4j.jwk.RsaJsonWebKey FORGER = FakeMicrosoft.newKey("test-key-1");

    private Attack signed(String kind, ObjectNode activity, java.util.function.Consumer<JwtClaims> change) {
        return new Attack(kind, bytes(activity.toString()), bearer(FakeMicrosoft.token(FakeMicrosoft.signingKey(),
                claims -> {
                    claims.setClaim("serviceUrl", activity.path("serviceUrl").asText());
                    change.accept(claims);
                })), false);
    }

    private static Attack signedFor(String kind, ObjectNode activity) {
        return new Attack(kind, bytes(activity.toString()),
                bearer(FakeMicrosoft.token(activity.path("serviceUrl").asText())), false);
    }

    private static String unsigned() {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(validClaims().toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
            jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac() {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(validClaims().toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
            jws.setKeyIdHeaderValue(FakeMicrosoft.signingKey().getKeyId());
            jws.setKey(new HmacKey(FakeMicrosoft.APP_PASSWORD.repeat(2).getBytes(StandardCharsets.UTF_8)));
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaims validClaims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(FakeMicrosoft.ISSUER);
        claims.setAudience(FakeMicrosoft.APP_ID);
        claims.setExpirationTimeMinutesInTheFuture(30);
        claims.setClaim("serviceUrl", FakeMicrosoft.serviceUrl());
        return claims;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(512)];
        random.nextBytes(bytes);
        return bytes;
    }

    private String hex(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }

    private String randomOf(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
