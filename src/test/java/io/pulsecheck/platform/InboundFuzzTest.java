package io.pulsecheck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.platform.slack.SlackSignature;
import io.pulsecheck.platform.webhook.GenericWebhookSignature;
import io.pulsecheck.platform.webhook.GenericWebhookTest;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sends a thousand malformed, forged and replayed requests to every inbound endpoint: each must get a 4xx,
 * none a 5xx, and no row anywhere may change.
 */
@QuarkusTest
class InboundFuzzTest {

    private static final int ROUNDS = 1000;
    private static final String EVENTS = "/webhooks/slack/events";
    private static final String INTERACTIONS = "/webhooks/slack/interactions";
    private static final String ACTIONS = "/webhooks/mattermost/actions";
    private static final String COMMAND = "/webhooks/mattermost/command";
    private static final String GENERIC = "/webhooks/generic";

    private final Random random = new Random(20261123L);

    /** One request to send: the endpoint, a kind for the counts, and the exact bytes and headers. */
    private record Attack(String path, String kind, String contentType, byte[] body, Map<String, String> headers) {
    }

    @Test
    void refusesMalformedForgedAndReplayedRequestsWithoutWritingAnything() {
        Checkin slack = OpenCheckInFixtures.openCheckin("slack", 3);
        Checkin mattermost = OpenCheckInFixtures.openCheckin("mattermost", 2);
        Checkin generic = OpenCheckInFixtures.openCheckin("webhook", 2);
        Checkin closed = OpenCheckInFixtures.openCheckin("slack", 1);
        OpenCheckInFixtures.close(closed.cycleId());
        List<Attack> replays = acceptedRequests(slack, mattermost, generic);
        List<Supplier<Attack>> generators = generators(slack, mattermost, generic, closed, replays);

        String before = snapshot();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Long> millisByKind = new TreeMap<>();
        int serverErrors = 0;
        int other = 0;
        long started = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            Attack attack = generators.get(i % generators.size()).get();
            long sent = System.nanoTime();
            int status = SignedRequests.raw(attack.path(), attack.contentType(), attack.body(), attack.headers())
                    .statusCode();
            byStatus.merge(Integer.toString(status), 1, Integer::sum);
            byKind.merge(attack.path() + " " + attack.kind(), 1, Integer::sum);
            millisByKind.merge(attack.path() + " " + attack.kind(), (System.nanoTime() - sent) / 1_000_000, Long::sum);
            if (status >= 500) {
                serverErrors++;
            } else if (status < 400) {
                other++;
                System.out.println("fuzz: accepted " + attack.path() + " " + attack.kind() + " -> " + status);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String after = snapshot();

        System.out.printf("fuzz: %d requests in %d ms, 5xx=%d, non-4xx=%d%n", ROUNDS, millis, serverErrors, other);
        System.out.println("fuzz: by status " + byStatus);
        byKind.forEach((kind, count) -> System.out.println("fuzz:   " + kind + " = " + count + " ("
                + millisByKind.get(kind) + " ms)"));
        System.out.println("fuzz: rows before " + before);
        System.out.println("fuzz: rows after  " + after);
        assertEquals(0, serverErrors, "5xx answers");
        assertEquals(0, other, "requests not refused with 4xx");
        assertEquals(before, after, "rows written");
        assertTrue(byKind.size() > 40, "variety of attacks");
    }

    /** Row counts of every table a webhook could write, and a digest of mutable state. */
    private static String snapshot() {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("response", "answer", "response_comment", "receipt", "conversation",
                "inbound_request", "outbox_message", "closed_cycle_mixed", "person")) {
            out.append(table).append('=').append(Rows.count("select count(*) from " + table)).append(' ');
        }
        Object[] digest = Rows.list("""
                select (select coalesce(sum(version), 0) from person)::text,
                       (select coalesce(md5(string_agg(state::text || updated_at::text, ',' order by id)), '')
                        from conversation)""").get(0);
        return out.append("personVersions=").append(digest[0]).append(" conversations=").append(digest[1])
                .toString();
    }

    /** Requests accepted once before counting starts; sending them again is a replay. */
    private List<Attack> acceptedRequests(Checkin slack, Checkin mattermost, Checkin generic) {
        List<Attack> accepted = new ArrayList<>();
        Attack submit = slackInteraction("replay", slackForm(slack.cycleId(), slack.member(0).platformUserId(),
                Map.of(slack.scale().toString(), "3")), SignedRequests.SLACK_SECRET, now());
        Attack event = slackEvent("replay", SignedRequests.slackMessageEvent("Ev" + UUID.randomUUID(),
                slack.member(1).platformUserId(), "help"), SignedRequests.SLACK_SECRET, now());
        Attack press = new Attack(ACTIONS, "replay", "application/json", bytes(SignedRequests.mattermostAction(
                mattermost.member(0).platformUserId(), SignedRequests.mattermostContext(mattermost.cycleId(),
                        mattermost.member(0).id(), mattermost.scale().toString(), "4"))), Map.of());
        Attack command = new Attack(COMMAND, "replay", SignedRequests.FORM, bytes(SignedRequests
                .mattermostCommandForm(SignedRequests.MATTERMOST_TOKEN, mattermost.member(1).platformUserId(),
                        "help")), Map.of());
        Attack submission = genericAttack("replay", GenericWebhookTest.submission(generic, "2"),
                SignedRequests.GENERIC_SECRET, Instant.now().getEpochSecond());
        for (Attack attack : List.of(submit, event, press, command, submission)) {
            int status = SignedRequests.raw(attack.path(), attack.contentType(), attack.body(), attack.headers())
                    .statusCode();
            assertEquals(200, status, "first sending of " + attack.path());
            accepted.add(attack);
        }
        return accepted;
    }

    private List<Supplier<Attack>> generators(Checkin slack, Checkin mattermost, Checkin generic, Checkin closed,
            List<Attack> replays) {
        List<Supplier<Attack>> list = new ArrayList<>();
        String slackUser = slack.member(2).platformUserId();
        Supplier<String> validForm = () -> slackForm(slack.cycleId(), slackUser, Map.of(slack.scale().toString(),
                Integer.toString(random.nextInt(6))));
        Supplier<String> validEvent = () -> SignedRequests.slackMessageEvent("Ev" + UUID.randomUUID(), slackUser,
                "pause 3");

        // Forged and stale Slack requests.
        for (String path : List.of(INTERACTIONS, EVENTS)) {
            Supplier<String> valid = path.equals(INTERACTIONS) ? validForm : validEvent;
            String type = path.equals(INTERACTIONS) ? SignedRequests.FORM : "application/json";
            list.add(() -> new Attack(path, "unsigned", type, bytes(valid.get()), Map.of()));
            list.add(() -> signedSlack(path, "wrong-secret", type, valid.get(), "secret-" + random.nextInt(), now()));
            list.add(() -> signedSlack(path, "stale", type, valid.get(), SignedRequests.SLACK_SECRET,
                    Long.toString(Instant.now().getEpochSecond() - 301 - random.nextInt(100_000))));
            list.add(() -> signedSlack(path, "future", type, valid.get(), SignedRequests.SLACK_SECRET,
                    Long.toString(Instant.now().getEpochSecond() + 301 + random.nextInt(100_000))));
            list.add(() -> {
                String body = valid.get();
                String timestamp = now();
                String signature = SlackSignature.sign(SignedRequests.SLACK_SECRET, timestamp, bytes(body));
                return new Attack(path, "tampered", type, bytes(body.replace("3", "4").replace("pause", "stop ")),
                        Map.of(SlackSignature.TIMESTAMP_HEADER, timestamp, SlackSignature.SIGNATURE_HEADER, signature));
            });
            list.add(() -> new Attack(path, "garbage-signature", type, bytes(valid.get()),
                    Map.of(SlackSignature.TIMESTAMP_HEADER, randomOf("abc", "", "-1", "99999999999999999999", now()),
                            SlackSignature.SIGNATURE_HEADER, randomOf("v0=", "v0=" + hex(64), "v1=" + hex(64),
                                    hex(64), "v0=" + hex(63) + "\u00e9"))));
        }

        // Signed but malformed interactions.
        for (String payload : malformedJson()) {
            list.add(() -> signedSlack(INTERACTIONS, "malformed-payload", SignedRequests.FORM,
                    SignedRequests.form("payload", payload), SignedRequests.SLACK_SECRET, now()));
        }
        list.add(() -> signedSlack(INTERACTIONS, "malformed-form", SignedRequests.FORM,
                randomOf("payload=%ZZ", "payload=%", "a=b&c", "", "payload", "%E0%A4%A=1"),
                SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlackBytes(INTERACTIONS, "random-bytes", SignedRequests.FORM, randomBytes()));
        // Signed, well formed, but wrong for the check-in.
        list.add(() -> signedSlack(INTERACTIONS, "unknown-cycle", SignedRequests.FORM,
                slackForm(UUID.randomUUID(), slackUser, Map.of()), SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(INTERACTIONS, "closed-cycle", SignedRequests.FORM,
                slackForm(closed.cycleId(), closed.member(0).platformUserId(), Map.of(closed.scale().toString(), "1")),
                SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(INTERACTIONS, "bad-cycle-id", SignedRequests.FORM,
                SignedRequests.form("payload", SignedRequests.slackSubmitPayload(slack.cycleId(), slackUser, Map.of(),
                        null).replace(slack.cycleId().toString(), randomOf("not-a-uuid", "", "1234"))),
                SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(INTERACTIONS, "invalid-value", SignedRequests.FORM, slackForm(slack.cycleId(),
                slackUser, Map.of(slack.scale().toString(), randomOf("6", "-1", "4.5", "zz", "999999999999"),
                        slack.yesNo().toString(), "1")), SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(INTERACTIONS, "unknown-question", SignedRequests.FORM, slackForm(slack.cycleId(),
                slackUser, Map.of(randomOf(UUID.randomUUID().toString(), "nope", ""), "1")),
                SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(INTERACTIONS, "not-on-roster", SignedRequests.FORM, slackForm(slack.cycleId(),
                "U" + random.nextInt(), Map.of(slack.scale().toString(), "1")), SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(INTERACTIONS, "other-team", SignedRequests.FORM, slackForm(slack.cycleId(),
                closed.member(0).platformUserId(), Map.of(slack.scale().toString(), "1")),
                SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(INTERACTIONS, "foreign-response-url", SignedRequests.FORM,
                SignedRequests.form("payload", SignedRequests.slackSubmitPayload(slack.cycleId(), slackUser,
                        Map.of(slack.scale(), "2"), null).replace("https://hooks.slack.com/", "https://evil.example/")),
                SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(INTERACTIONS, "long-comment", SignedRequests.FORM, SignedRequests.form("payload",
                SignedRequests.slackSubmitPayload(slack.cycleId(), slackUser, Map.of(), "x".repeat(3001))),
                SignedRequests.SLACK_SECRET, now()));

        // Signed but malformed events.
        for (String json : malformedJson()) {
            list.add(() -> signedSlack(EVENTS, "malformed-json", "application/json", json, SignedRequests.SLACK_SECRET,
                    now()));
        }
        list.add(() -> signedSlack(EVENTS, "missing-event-id", "application/json",
                "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\"}}", SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(EVENTS, "unknown-type", "application/json",
                "{\"type\":\"" + randomOf("block_actions", "x", "") + "\",\"event_id\":\"E1\"}",
                SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(EVENTS, "empty-challenge", "application/json",
                "{\"type\":\"url_verification\"}", SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlack(EVENTS, "oversize-text", "application/json", SignedRequests.slackMessageEvent(
                "Ev" + UUID.randomUUID(), slackUser, "y".repeat(4001)), SignedRequests.SLACK_SECRET, now()));
        list.add(() -> signedSlackBytes(EVENTS, "random-bytes", "application/json", randomBytes()));

        // Mattermost buttons.
        String mmUser = mattermost.member(1).platformUserId();
        UUID mmPerson = mattermost.member(1).id();
        list.add(() -> mattermostPress("forged-token", mmUser, SignedRequests.mattermostContext(mattermost.cycleId(),
                mmPerson, mattermost.scale().toString(), "1").put("token", randomOf(hex(43), "", "x"))));
        list.add(() -> mattermostPress("token-for-other-value", mmUser, SignedRequests.mattermostContext(
                mattermost.cycleId(), mmPerson, mattermost.scale().toString(), "1").put("value", "5")));
        list.add(() -> mattermostPress("token-for-other-person", mmUser, SignedRequests.mattermostContext(
                mattermost.cycleId(), mmPerson, mattermost.scale().toString(), "1")
                .put("person", mattermost.member(0).id().toString())));
        list.add(() -> mattermostPress("unknown-cycle", mmUser, SignedRequests.mattermostContext(UUID.randomUUID(),
                mmPerson, mattermost.scale().toString(), "1")));
        list.add(() -> mattermostPress("closed-cycle", mmUser, SignedRequests.mattermostContext(closed.cycleId(),
                mmPerson, closed.scale().toString(), "1")));
        list.add(() -> mattermostPress("invalid-value", mmUser, SignedRequests.mattermostContext(mattermost.cycleId(),
                mmPerson, mattermost.scale().toString(), randomOf("9", "-3", "yes", "a"))));
        list.add(() -> mattermostPress("unknown-question", mmUser, SignedRequests.mattermostContext(
                mattermost.cycleId(), mmPerson, randomOf(UUID.randomUUID().toString(), "q", "comment"), "1")));
        list.add(() -> mattermostPress("unknown-person", mmUser, SignedRequests.mattermostContext(
                mattermost.cycleId(), UUID.randomUUID(), mattermost.scale().toString(), "1")));
        list.add(() -> mattermostPress("someone-else", mattermost.member(0).platformUserId(),
                SignedRequests.mattermostContext(mattermost.cycleId(), mmPerson, mattermost.scale().toString(), "1")));
        for (String json : malformedJson()) {
            list.add(() -> new Attack(ACTIONS, "malformed-json", "application/json", bytes(json), Map.of()));
        }
        list.add(() -> new Attack(ACTIONS, "context-missing", "application/json",
                bytes("{\"user_name\":\"" + mmUser + "\",\"context\":" + randomOf("null", "{}", "[]", "{\"cycle\":[]}")
                        + "}"), Map.of()));

        // Mattermost slash command.
        list.add(() -> new Attack(COMMAND, "wrong-token", SignedRequests.FORM, bytes(SignedRequests
                .mattermostCommandForm(randomOf("", "wrong", hex(26)), mmUser, "stop")), Map.of()));
        list.add(() -> new Attack(COMMAND, "no-token", SignedRequests.FORM,
                bytes("user_name=" + mmUser + "&text=stop"), Map.of()));
        list.add(() -> new Attack(COMMAND, "malformed-form", SignedRequests.FORM,
                bytes("token=" + SignedRequests.MATTERMOST_TOKEN + "&text=%G1&user_name=" + mmUser), Map.of()));
        list.add(() -> new Attack(COMMAND, "no-user", SignedRequests.FORM,
                bytes("token=" + SignedRequests.MATTERMOST_TOKEN + "&text=stop"), Map.of()));
        list.add(() -> new Attack(COMMAND, "long-text", SignedRequests.FORM, bytes(SignedRequests
                .mattermostCommandForm(SignedRequests.MATTERMOST_TOKEN, mmUser, "z".repeat(4001))), Map.of()));
        list.add(() -> new Attack(COMMAND, "random-bytes", SignedRequests.FORM, randomBytes(), Map.of()));

        // Generic webhook.
        String genericUser = generic.member(1).platformUserId();
        String validGeneric = "{\"type\":\"command\",\"userId\":\"" + genericUser + "\",\"command\":\"stop\"}";
        list.add(() -> new Attack(GENERIC, "unsigned", "application/json", bytes(validGeneric), Map.of()));
        list.add(() -> genericAttack("wrong-secret", validGeneric, "s" + random.nextInt(),
                Instant.now().getEpochSecond()));
        list.add(() -> genericAttack("stale", validGeneric, SignedRequests.GENERIC_SECRET,
                Instant.now().getEpochSecond() - 301 - random.nextInt(100_000)));
        list.add(() -> {
            long timestamp = Instant.now().getEpochSecond();
            return new Attack(GENERIC, "tampered", "application/json", bytes(validGeneric.replace("stop", "help")),
                    Map.of(GenericWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                            GenericWebhookSignature.SIGNATURE_HEADER, GenericWebhookSignature.sign(
                                    SignedRequests.GENERIC_SECRET, timestamp, bytes(validGeneric))));
        });
        for (String json : malformedJson()) {
            list.add(() -> genericAttack("malformed-json", json, SignedRequests.GENERIC_SECRET,
                    Instant.now().getEpochSecond()));
        }
        list.add(() -> genericAttack("bad-type", "{\"type\":\"" + randomOf("x", "", "checkin") + "\",\"userId\":\""
                + genericUser + "\"}", SignedRequests.GENERIC_SECRET, Instant.now().getEpochSecond()));
        list.add(() -> genericAttack("unknown-user", "{\"type\":\"command\",\"userId\":\"nobody-" + random.nextInt()
                + "\",\"command\":\"stop\"}", SignedRequests.GENERIC_SECRET, Instant.now().getEpochSecond()));
        list.add(() -> genericAttack("bad-command", "{\"type\":\"command\",\"userId\":\"" + genericUser
                + "\",\"command\":\"" + randomOf("delete", "language", "pause") + "\",\"argument\":\""
                + randomOf("fr", "0", "2026-02-30", "x") + "\"}", SignedRequests.GENERIC_SECRET,
                Instant.now().getEpochSecond()));
        list.add(() -> genericAttack("unknown-cycle", "{\"type\":\"checkin.submission\",\"cycleId\":\""
                + randomOf(UUID.randomUUID().toString(), "nope") + "\",\"userId\":\"" + genericUser + "\"}",
                SignedRequests.GENERIC_SECRET, Instant.now().getEpochSecond()));
        list.add(() -> genericAttack("invalid-answer", "{\"type\":\"checkin.submission\",\"cycleId\":\""
                + generic.cycleId() + "\",\"userId\":\"" + genericUser + "\",\"answers\":[{\"questionId\":\""
                + generic.choice() + "\",\"value\":\"" + randomOf("d", "", "1") + "x\"}]}",
                SignedRequests.GENERIC_SECRET, Instant.now().getEpochSecond()));

        // Bodies above the 2 MB limit, one endpoint after the other (few of them: each is slow to upload).
        List<String> paths = List.of(EVENTS, INTERACTIONS, ACTIONS, COMMAND, GENERIC);
        int[] next = { 0 };
        list.add(() -> {
            String path = paths.get(next[0]++ % paths.size());
            String type = path.equals(INTERACTIONS) || path.equals(COMMAND) ? SignedRequests.FORM : "application/json";
            return signedSlack(path, "oversize", type, "x".repeat(2 * 1024 * 1024 + 10), SignedRequests.SLACK_SECRET,
                    now());
        });

        // Replays of requests accepted before counting.
        for (Attack replay : replays) {
            list.add(() -> replay);
        }
        return list;
    }

    private List<String> malformedJson() {
        return List.of("{", "[]", "null", "\"text\"", "42", "{\"type\":", "{\"type\":\"block_actions\"}",
                "{\"type\":\"block_actions\",\"user\":\"U1\",\"actions\":{}}",
                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"actions\":[]}",
                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"actions\":[null]}",
                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"actions\":[{\"action_id\":\"pulse_submit\"}],"
                        + "\"state\":{\"values\":[1,2]}}",
                "[".repeat(3000) + "]".repeat(3000),
                "{\"a\":1} trailing", "{\"type\":\"event_callback\",\"event_id\":[],\"event\":7}",
                "{\"type\":\"checkin.submission\",\"userId\":{},\"answers\":\"none\"}",
                "{\"user_name\":\"x\",\"context\":{\"cycle\":{},\"person\":1}}", "\u0000\u0001",
                "{\"type\":\"command\",\"userId\":\"" + "u".repeat(200) + "\",\"command\":\"stop\"}");
    }

    private Attack mattermostPress(String kind, String userName, ObjectNode context) {
        return new Attack(ACTIONS, kind, "application/json", bytes(SignedRequests.mattermostAction(userName, context)),
                Map.of());
    }

    private static String slackForm(UUID cycleId, String userId, Map<String, String> answers) {
        Map<UUID, String> byQuestion = new TreeMap<>();
        StringBuilder extra = new StringBuilder();
        answers.forEach((question, value) -> {
            try {
                byQuestion.put(UUID.fromString(question), value);
            } catch (IllegalArgumentException e) {
                extra.append(question);
            }
        });
        String payload = SignedRequests.slackSubmitPayload(cycleId, userId, byQuestion, null);
        if (!extra.isEmpty() || answers.containsKey("")) {
            payload = payload.replace("\"values\":{", "\"values\":{\"q:" + extra + "\":{\"answer\":{\"value\":\"1\"}},");
        }
        return SignedRequests.form("payload", payload);
    }

    private static Attack slackInteraction(String kind, String form, String secret, String timestamp) {
        return signedSlack(INTERACTIONS, kind, SignedRequests.FORM, form, secret, timestamp);
    }

    private static Attack slackEvent(String kind, String json, String secret, String timestamp) {
        return signedSlack(EVENTS, kind, "application/json", json, secret, timestamp);
    }

    private static Attack signedSlack(String path, String kind, String type, String body, String secret,
            String timestamp) {
        return new Attack(path, kind, type, bytes(body), Map.of(SlackSignature.TIMESTAMP_HEADER, timestamp,
                SlackSignature.SIGNATURE_HEADER, SlackSignature.sign(secret, timestamp, bytes(body))));
    }

    private static Attack signedSlackBytes(String path, String kind, String type, byte[] body) {
        String timestamp = now();
        return new Attack(path, kind, type, body, Map.of(SlackSignature.TIMESTAMP_HEADER, timestamp,
                SlackSignature.SIGNATURE_HEADER, SlackSignature.sign(SignedRequests.SLACK_SECRET, timestamp, body)));
    }

    private static Attack genericAttack(String kind, String json, String secret, long timestamp) {
        return new Attack(GENERIC, kind, "application/json", bytes(json),
                Map.of(GenericWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                        GenericWebhookSignature.SIGNATURE_HEADER,
                        GenericWebhookSignature.sign(secret, timestamp, bytes(json))));
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

    private static String now() {
        return SignedRequests.now();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
