package io.pulsecheck.platform.googlechat;

import static io.pulsecheck.platform.googlechat.GoogleChatEvents.clicked;
import static io.pulsecheck.platform.googlechat.GoogleChatEvents.inputs;
import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sends 1,200 malformed, unsigned, wrongly signed and replayed requests to the Google Chat endpoint: each must get a
 * 4xx, none a 5xx, and no row anywhere may change.
 */
@QuarkusTest
class GoogleChatFuzzTest {

    private static final int ROUNDS = 1200;
    private static final String JSON = "application/json";

    private final Random random = new Random(20261126L);

    /** One request: a kind for the counts, the exact body and the Authorization header (null for none). */
    private record Attack(String kind, byte[] body, String authorization) {
    }

    @Test
    void refusesMalformedForgedAndReplayedEventsWithoutWritingAnything() {
        FakeGoogle.stubDefaults();
        Checkin checkin = OpenCheckInFixtures.openCheckin("google-chat", 3);
        String space = GoogleChatEvents.newSpace();
        String user = checkin.member(0).platformUserId();
        List<Attack> replays = accepted(checkin, space);
        List<Supplier<Attack>> generators = generators(checkin, space, user, replays);

        String before = snapshot();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        int serverErrors = 0;
        int notRefused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            Attack attack = generators.get(i % generators.size()).get();
            Map<String, String> headers = attack.authorization() == null ? Map.of()
                    : Map.of("Authorization", attack.authorization());
            int status = SignedRequests.raw(GoogleChatEvents.PATH, JSON, attack.body(), headers).statusCode();
            byStatus.merge(Integer.toString(status), 1, Integer::sum);
            byKind.merge(attack.kind() + " " + status, 1, Integer::sum);
            if (status >= 500) {
                serverErrors++;
            } else if (status < 400) {
                notRefused++;
                System.out.println("google-chat fuzz: accepted " + attack.kind() + " -> " + status);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String after = snapshot();

        System.out.printf("google-chat fuzz: %d requests in %d ms, 5xx=%d, non-4xx=%d%n", ROUNDS, millis,
                serverErrors, notRefused);
        System.out.println("google-chat fuzz: by status " + byStatus);
        byKind.forEach((kind, count) -> System.out.println("google-chat fuzz:   " + kind + " = " + count));
        System.out.println("google-chat fuzz: rows before " + before);
        System.out.println("google-chat fuzz: rows after  " + after);
        assertEquals(0, serverErrors, "5xx answers");
        assertEquals(0, notRefused, "requests not refused with 4xx");
        assertEquals(before, after, "rows written");
        assertTrue(byKind.size() >= 20, "variety of attacks");
    }

    /** Row counts of every table an event could write, and a digest of mutable state. */
    private static String snapshot() {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("response", "answer", "response_comment", "free_text_answer", "receipt",
                "sealed_submission", "conversation", "inbound_request", "outbox_message", "google_chat_space",
                "person")) {
            out.append(table).append('=').append(Rows.count("select count(*) from " + table)).append(' ');
        }
        Object[] digest = Rows.list("""
                select (select coalesce(sum(version), 0) from person)::text,
                       (select coalesce(md5(string_agg(person_id::text || space_name || user_name, ',' order by person_id)), '')
                        from google_chat_space)""").get(0);
        return out.append("personVersions=").append(digest[0]).append(" spaces=").append(digest[1]).toString();
    }

    /** Events accepted once before counting starts; sending them again is a replay. */
    private List<Attack> accepted(Checkin checkin, String space) {
        String token = FakeGoogle.chatToken();
        String user = checkin.member(0).platformUserId();
        List<Attack> accepted = new ArrayList<>();
        accepted.add(new Attack("replay-added", bytes(GoogleChatEvents.added(space, user, null)), "Bearer " + token));
        accepted.add(new Attack("replay-click", bytes(clicked(space, user, checkin.cycleId(),
                inputs(Map.of(checkin.scale(), "3")))), "Bearer " + token));
        accepted.add(new Attack("replay-message", bytes(GoogleChatEvents.message(space, user, "help")),
                "Bearer " + token));
        String otherSpace = GoogleChatEvents.newSpace();
        accepted.add(new Attack("replay-removed", bytes(GoogleChatEvents.removed(otherSpace, "users/gone")),
                "Bearer " + token));
        for (Attack attack : accepted) {
            int status = SignedRequests.raw(GoogleChatEvents.PATH, JSON, attack.body(),
                    Map.of("Authorization", attack.authorization())).statusCode();
            assertEquals(200, status, "first sending of " + attack.kind());
        }
        return accepted;
    }

    private List<Supplier<Attack>> generators(Checkin checkin, String space, String user, List<Attack> replays) {
        List<Supplier<Attack>> list = new ArrayList<>();
        String member = checkin.member(1).platformUserId();
        Supplier<byte[]> valid = () -> bytes(clicked(space, member, checkin.cycleId(), inputs(fullAnswers(checkin))));

        // Unsigned, wrongly signed, for someone else, expired.
        list.add(() -> new Attack("unsigned", valid.get(), null));
        list.add(() -> new Attack("not-bearer", valid.get(), randomOf("Basic dXNlcjpwYXNz", "Bearer", "Bearer ",
                "bearer", FakeGoogle.chatToken(), "Token " + FakeGoogle.chatToken())));
        list.add(() -> new Attack("garbage-token", valid.get(), "Bearer " + randomOf("abc", "a.b.c", "..",
                "eyJhbGciOiJSUzI1NiJ9.e30.", hex(40), "eyJ" + hex(200))));
        list.add(() -> bearer("wrong-issuer", valid.get(), FakeGoogle.chatToken(c -> c.setIssuer(randomOf(
                "accounts.google.com", "https://accounts.google.com", "someone@evil.iam.gserviceaccount.com", "")))));
        list.add(() -> bearer("wrong-audience", valid.get(), FakeGoogle.chatToken(c -> c.setAudience(randomOf(
                "1", "12345678901", "https://pulse.example.com/webhooks/google-chat/events", "")))));
        list.add(() -> bearer("expired", valid.get(), FakeGoogle.chatToken(c -> {
            NumericDate expired = NumericDate.now();
            expired.addSeconds(-120 - random.nextInt(100_000));
            c.setExpirationTime(expired);
            NumericDate issued = NumericDate.now();
            issued.addSeconds(-200_000);
            c.setIssuedAt(issued);
        })));
        list.add(() -> bearer("no-expiry", valid.get(), FakeGoogle.chatToken(c -> c.unsetClaim("exp"))));
        list.add(() -> bearer("unknown-kid", valid.get(), FakeGoogle.sign(FakeGoogle.UNPUBLISHED_KEY,
                FakeGoogle.chatClaims(c -> {
                }))));
        list.add(() -> bearer("forged-signature", valid.get(), FakeGoogle.sign(FakeGoogle.FORGER_KEY,
                FakeGoogle.chatClaims(c -> {
                }))));
        list.add(() -> bearer("alg-none", valid.get(), unsigned()));
        list.add(() -> bearer("tampered-claims", valid.get(), tampered()));

        // Verified but malformed bodies.
        for (String json : malformedJson()) {
            list.add(() -> bearer("malformed-json", json.getBytes(StandardCharsets.UTF_8), FakeGoogle.chatToken()));
        }
        list.add(() -> bearer("random-bytes", randomBytes(), FakeGoogle.chatToken()));
        list.add(() -> bearer("too-large", new byte[3 * 1024 * 1024], FakeGoogle.chatToken()));
        list.add(() -> bearer("unknown-type", bytes(GoogleChatEvents.event(randomOf("WIDGET_UPDATED", "x", "card_clicked"),
                space, user, null)), FakeGoogle.chatToken()));
        list.add(() -> bearer("stale-event", bytes(withTime(GoogleChatEvents.message(space, user, "help"),
                Instant.now().minusSeconds(3601 + random.nextInt(100_000)))), FakeGoogle.chatToken()));
        list.add(() -> bearer("bad-event-time", bytes(withTime(GoogleChatEvents.message(space, user, "help"),
                randomOf("yesterday", "2026-13-01T00:00:00Z", "1", ""))), FakeGoogle.chatToken()));

        // Verified, well-formed, but refused by the check-in.
        list.add(() -> bearer("bad-cycle", bytes(withCycle(clicked(space, member, checkin.cycleId(), Map.of()),
                randomOf("not-a-uuid", "", "1234"))), FakeGoogle.chatToken()));
        list.add(() -> bearer("unknown-cycle", bytes(clicked(space, member, UUID.randomUUID(),
                inputs(fullAnswers(checkin)))), FakeGoogle.chatToken()));
        list.add(() -> bearer("invalid-answer", bytes(clicked(space, member, checkin.cycleId(),
                inputs(Map.of(checkin.scale(), randomOf("6", "-1", "4.5", "zz", "999999999999"))))),
                FakeGoogle.chatToken()));
        list.add(() -> bearer("unknown-question", bytes(clicked(space, member, checkin.cycleId(),
                Map.of("q:" + randomOf(UUID.randomUUID().toString(), "nope", ""), "1"))), FakeGoogle.chatToken()));
        list.add(() -> bearer("not-on-roster", bytes(clicked(GoogleChatEvents.newSpace(), "users/" + random.nextInt(),
                checkin.cycleId(), inputs(fullAnswers(checkin)))), FakeGoogle.chatToken()));
        list.add(() -> bearer("other-button", bytes(withFunction(clicked(space, member, checkin.cycleId(),
                inputs(fullAnswers(checkin))), randomOf("delete_everything", "", "PULSE_SUBMIT"))),
                FakeGoogle.chatToken()));

        // Replays of accepted events, with their original token or a fresh one.
        for (Attack replay : replays) {
            list.add(() -> random.nextBoolean() ? replay
                    : new Attack(replay.kind(), replay.body(), "Bearer " + FakeGoogle.chatToken()));
        }
        return list;
    }

    private static Attack bearer(String kind, byte[] body, String token) {
        return new Attack(kind, body, "Bearer " + token);
    }

    private String unsigned() {
        String payload = FakeGoogle.chatToken().split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(
                randomOf("{\"alg\":\"none\"}", "{\"alg\":\"none\",\"kid\":\"chat-1\"}", "{\"alg\":\"HS256\",\"kid\":\"chat-1\"}")
                        .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + randomOf("", "c2ln");
    }

    private String tampered() {
        String[] parts = FakeGoogle.chatToken().split("\\.");
        String other = FakeGoogle.chatToken(c -> c.setAudience(randomOf("1", "999"))).split("\\.")[1];
        return parts[0] + "." + other + "." + parts[2];
    }

    private static ObjectNode withTime(ObjectNode event, Object time) {
        event.put("eventTime", time.toString());
        return event;
    }

    private static ObjectNode withCycle(ObjectNode event, String cycle) {
        ((ObjectNode) event.path("action").path("parameters").get(0)).put("value", cycle);
        ((ObjectNode) event.path("common").path("parameters")).put("cycle", cycle);
        return event;
    }

    private static ObjectNode withFunction(ObjectNode event, String function) {
        ((ObjectNode) event.path("action")).put("actionMethodName", function);
        ((ObjectNode) event.path("common")).put("invokedFunction", function);
        return event;
    }

    private static List<String> malformedJson() {
        return List.of("", "{", "[]", "null", "42", "\"text\"", "{\"type\":", "{\"type\":\"MESSAGE\"}",
                "{\"type\":\"MESSAGE\",\"eventTime\":\"2026-01-01T00:00:00Z\",\"space\":\"spaces/x\",\"user\":{}}",
                "{\"type\":[1],\"eventTime\":{},\"space\":{\"name\":1},\"user\":{\"name\":null}}",
                "{\"type\":\"CARD_CLICKED\",\"eventTime\":\"" + Instant.now() + "\",\"space\":{\"name\":\"spaces/a\"},"
                        + "\"user\":{\"name\":\"users/1\"},\"common\":{\"formInputs\":[1,2]}}",
                "{\"a\":1}{\"b\":2}", "\u0000\u0001", "{\"type\":\"" + "x".repeat(10_000) + "\"}");
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(400)];
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

    @SafeVarargs
    private <T> T randomOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] bytes(Object json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
