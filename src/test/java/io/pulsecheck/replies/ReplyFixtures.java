package io.pulsecheck.replies;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Check-ins whose comments invite replies, answered on Slack, with the reply code read from the fake Slack. */
public final class ReplyFixtures {

    public static final String POST_MESSAGE = FakeChatPlatforms.SLACK_API_PATH + "/chat.postMessage";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("`([A-Za-z0-9_-]{43})`");

    private ReplyFixtures() {
    }

    /** An open Slack check-in of today with the comment threshold at its minimum, 3. */
    public static Checkin openCheckin(int members) {
        return openCheckin(members, LocalDate.now(ZoneOffset.UTC));
    }

    public static Checkin openCheckin(int members, LocalDate date) {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", members, date);
        QuarkusTransaction.requiringNew().run(() -> {
            Cycle cycle = Cycle.findById(checkin.cycleId());
            cycle.commentThreshold = 3;
        });
        return checkin;
    }

    /** Slack answers every {@code chat.postMessage} with ok. */
    public static void slackAcceptsMessages() {
        FakeChatPlatforms.server().stubFor(post(urlPathEqualTo(POST_MESSAGE))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
    }

    /** Submits a member's pulse on Slack with a comment, ticking the replies box when asked to. */
    public static void submit(Checkin checkin, int member, String comment, boolean replies) {
        SignedRequests.slackInteraction(payload(checkin, member, comment, replies)).then().statusCode(200);
    }

    public static String payload(Checkin checkin, int member, String comment, boolean replies) {
        String payload = SignedRequests.slackSubmitPayload(checkin.cycleId(), checkin.member(member).platformUserId(),
                Map.of(checkin.scale(), "3"), comment);
        if (!replies) {
            return payload;
        }
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(payload);
            ObjectNode box = ((ObjectNode) json.path("state").path("values")).putObject("submit").putObject("replies");
            box.put("type", "checkboxes");
            box.putArray("selected_options").addObject().put("value", "wanted");
            return json.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The texts Slack was asked to post to this user's direct message. */
    public static List<String> postedTo(String slackUserId) {
        List<LoggedRequest> requests = FakeChatPlatforms.server().findAll(postRequestedFor(urlPathEqualTo(POST_MESSAGE))
                .withRequestBody(containing("channel=" + slackUserId)));
        return requests.stream().map(request -> form(request.getBodyAsString()).get("text")).toList();
    }

    /** The one reply code posted to this user. */
    public static String codeSentTo(String slackUserId) {
        List<String> texts = postedTo(slackUserId);
        assertEquals(1, texts.size(), "one message with the code");
        Matcher matcher = CODE.matcher(texts.get(0));
        assertTrue(matcher.find(), texts.get(0));
        return matcher.group(1);
    }

    /** The comment ids of a cycle. */
    public static List<UUID> commentIds(UUID cycleId) {
        return Rows.list("select id from response_comment where cycle_id = ?1", cycleId).stream()
                .map(row -> (UUID) row[0]).toList();
    }

    /** The email of the team's leader, for a leader token. */
    public static String leaderEmail(UUID teamId) {
        return (String) Rows.list("""
                select p.email from person p join team_leader l on l.person_id = p.id where l.team_id = ?1""", teamId)
                .get(0)[0];
    }

    public static UUID leaderId(UUID teamId) {
        return (UUID) Rows.list("select person_id from team_leader where team_id = ?1", teamId).get(0)[0];
    }

    /** The digest in hex, as PostgreSQL prints a bytea in a row's text form. */
    public static String digestHex(String code) {
        return HexFormat.of().formatHex(ReplyToken.digestOf(code));
    }

    public static long messages() {
        return Rows.count("select count(*) from thread_message");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
