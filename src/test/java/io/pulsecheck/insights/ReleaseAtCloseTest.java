package io.pulsecheck.insights;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulsecheck.digest.ChartLinks;
import io.pulsecheck.digest.DigestService;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.platform.webhook.GenericWebhookSignature;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.Team;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The attack of issue 10: a leader or HR reads every report after each single answer of an open check-in and
 * subtracts. Answered one person at a time as the 5th, 6th and 7th respondent, nothing a leader or HR can read changes
 * except whether k is reached and participation rounded down to tens; after close and mixing the numbers appear.
 */
@QuarkusTest
class ReleaseAtCloseTest {

    private static final String GENERIC_SECRET = "dev-only-generic-inbound-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MEMBERS = 10;

    @Inject
    TestClock clock;

    @Inject
    ChartLinks charts;

    @Inject
    DigestService digests;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Everything a leader and HR can read that an open cycle could show up in. */
    private record Views(Map<String, String> texts, byte[] chart, LeaderCard digest, long alerts, JsonNode openCell) {
    }

    @Test
    void answersOfAnOpenCheckInShowNothingButCoarseParticipationUntilReleased() throws Exception {
        clock.setInstant(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        LocalDate today = LocalDate.now(clock);
        Checkin checkin = OpenCheckInFixtures.openCheckin("webhook", MEMBERS, today);
        Leader leader = subscribedLeader(checkin.teamId());
        releasedWeekBefore(checkin, today.minusWeeks(1));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("signals", List.of(
                        Map.of("date", today.minusWeeks(1).toString(), "metric", "csat", "value", 4.2, "sampleSize", 300),
                        Map.of("date", today.toString(), "metric", "csat", "value", 3.6, "sampleSize", 310))))
                .when().post("/api/v1/teams/{id}/customer-signals", checkin.teamId()).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            answer(checkin, i, "1", "0", "Earlier comment " + i);
        }

        List<Views> seen = new ArrayList<>();
        seen.add(views(checkin, leader, today));
        answer(checkin, 4, "1", "0", "Fifth: the reorg worries me");
        seen.add(views(checkin, leader, today));
        answer(checkin, 5, "0", "0", "Sixth: too many meetings");
        seen.add(views(checkin, leader, today));
        answer(checkin, 6, "2", "0", "Seventh: unclear priorities");
        seen.add(views(checkin, leader, today));

        for (int i = 1; i < seen.size(); i++) {
            Views before = seen.get(i - 1);
            Views after = seen.get(i);
            assertEquals(before.texts(), after.texts(), "answer " + (i + 4) + " changed a report");
            assertArrayEquals(before.chart(), after.chart(), "answer " + (i + 4) + " changed the chart");
            assertEquals(before.digest(), after.digest(), "answer " + (i + 4) + " changed the digest");
            assertEquals(0, after.alerts());
        }
        // Only the coarse participation moves: below k, then 50, 60, 70 percent.
        assertFalse(seen.get(0).openCell().get("enoughResponses").asBoolean());
        assertEquals("not_enough_responses", seen.get(0).openCell().at("/participation/status").asText());
        double[] coarse = { 50, 60, 70 };
        for (int i = 1; i < seen.size(); i++) {
            JsonNode cell = seen.get(i).openCell();
            assertTrue(cell.get("enoughResponses").asBoolean());
            assertEquals("coarse", cell.at("/participation/status").asText());
            assertEquals(coarse[i - 1], cell.at("/participation/value").asDouble());
            assertFalse(cell.at("/participation").has("n"));
        }
        // The instrument is what the schedule asks, not an answer: it is labelled from the start and never moves.
        String instrument = QuarkusTransaction.requiringNew().call(() -> ((Cycle) Cycle.findById(checkin.cycleId()))
                .questionSetVersion.set.instrument());
        for (Views views : seen) {
            JsonNode cell = views.openCell();
            assertEquals(instrument, cell.get("instrument").asText());
            assertFalse(cell.has("seriesStart"));
            assertFalse(cell.get("released").asBoolean());
            assertFalse(cell.has("respondents"));
            assertFalse(cell.has("comments"));
            assertEquals("not_released", cell.get("commentsStatus").asText());
            for (String index : List.of("wellbeing", "stress", "transparency", "enps", "safety")) {
                assertEquals("not_released", cell.at("/" + index + "/status").asText());
                assertFalse(cell.get(index).has("value"));
            }
            // Workload, a single choice the week before reported, stands still as well: no share, no count.
            assertEquals("workload", cell.at("/dimensions/0/dimension").asText());
            assertEquals("not_released", cell.at("/dimensions/0/status").asText());
            assertFalse(cell.at("/dimensions/0").has("shares"));
            assertFalse(cell.at("/dimensions/0").has("n"));
        }

        ReleasedCycles.release(checkin.cycleId());

        Views released = views(checkin, leader, today);
        JsonNode cell = released.openCell();
        assertTrue(cell.get("released").asBoolean());
        assertEquals(7, cell.get("respondents").asInt());
        // Four answered 1, then 1, 0 and 2 on the 0..5 scale: (5 x 20 + 0 + 40) / 7; a week before all said 5.
        assertEquals(20.0, cell.at("/wellbeing/value").asDouble(), 0.001);
        // The change compares with the week before because both asked the same instrument.
        assertEquals(-80.0, cell.at("/wellbeing/change").asDouble(), 0.001);
        assertEquals(instrument, cell.get("instrument").asText());
        assertEquals(70.0, cell.at("/participation/value").asDouble(), 0.001);
        assertEquals("shown", cell.at("/dimensions/0/status").asText());
        assertEquals(7, cell.at("/dimensions/0/n").asInt());
        assertEquals("c", cell.at("/dimensions/0/shares/0/choice").asText());
        assertEquals(100.0, cell.at("/dimensions/0/shares/0/share/value").asDouble(), 0.001);
        assertEquals("shown", cell.get("commentsStatus").asText());
        assertTrue(cell.get("comments").toString().contains("Sixth: too many meetings"));
        Views last = seen.get(seen.size() - 1);
        assertTrue(released.texts().get("team csv").contains("," + today + ",shown,7,70.0,"));
        assertNotEquals(last.texts().get("org json " + today + ".." + today),
                released.texts().get("org json " + today + ".." + today));
        assertFalse(java.util.Arrays.equals(last.chart(), released.chart()));
        assertNotEquals(last.digest(), released.digest());
        assertEquals(1, released.alerts());
    }

    private Views views(Checkin checkin, Leader lead, LocalDate today) throws Exception {
        String leader = TestTokens.leader(lead.email());
        String hr = TestTokens.hrAdmin();
        Map<String, String> texts = new LinkedHashMap<>();
        JsonNode teamJson = JSON.readTree(get("/api/v1/teams/" + checkin.teamId() + "/insights", leader, null, null));
        ObjectNode openCell = null;
        for (JsonNode cycle : teamJson.get("cycles")) {
            if (cycle.get("cycleId").asText().equals(checkin.cycleId().toString())) {
                openCell = ((ObjectNode) cycle).deepCopy();
                // Coarse participation is the one thing an open cycle may show; everything else must stand still.
                ((ObjectNode) cycle).remove(List.of("enoughResponses", "participation"));
            }
        }
        texts.put("team json (leader)", teamJson.toString());
        texts.put("team json (hr)", masked(get("/api/v1/teams/" + checkin.teamId() + "/insights", hr, null, null),
                checkin.cycleId()));
        texts.put("team json today", masked(get("/api/v1/teams/" + checkin.teamId() + "/insights", leader,
                today.toString(), today.toString()), checkin.cycleId()));
        texts.put("team csv", get("/api/v1/teams/" + checkin.teamId() + "/insights.csv", leader, null, null));
        texts.put("team csv (hr)", get("/api/v1/teams/" + checkin.teamId() + "/insights.csv", hr, null, null));
        // The customer voice sets the same cells beside customer signals; an open cycle pairs with nothing.
        texts.put("customer voice (leader)", get("/api/v1/teams/" + checkin.teamId() + "/insights/customer-voice",
                leader, null, null));
        for (LocalDate from : List.of(today, today.minusDays(6), today.minusDays(27), today.minusDays(364))) {
            String range = from + ".." + today;
            texts.put("org json " + range, get("/api/v1/insights/org", hr, from.toString(), today.toString()));
            texts.put("org csv " + range, get("/api/v1/insights/org.csv", hr, from.toString(), today.toString()));
            texts.put("org customer voice " + range, get("/api/v1/insights/org/customer-voice", hr, from.toString(),
                    today.toString()));
        }
        texts.put("org json default", get("/api/v1/insights/org", hr, null, null));
        URI chart = URI.create(charts.trendChartUrl(checkin.teamId(), "en"));
        byte[] png = given().urlEncodingEnabled(false).when().get(chart.getRawPath() + "?" + chart.getRawQuery())
                .then().statusCode(200).extract().asByteArray();
        LeaderCard digest = QuarkusTransaction.requiringNew().call(() -> digests.digestCard(checkin.teamId(), "en"));
        digests.sendAlerts();
        long alerts = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where dedup_key like :key")
                .setParameter("key", "alert:" + lead.personId() + ":%").getSingleResult()).longValue());
        return new Views(texts, png, digest, alerts, openCell);
    }

    private static String masked(String teamJson, UUID cycleId) throws Exception {
        JsonNode report = JSON.readTree(teamJson);
        for (JsonNode cycle : report.get("cycles")) {
            if (cycle.get("cycleId").asText().equals(cycleId.toString())) {
                ((ObjectNode) cycle).remove(List.of("enoughResponses", "participation"));
            }
        }
        return report.toString();
    }

    private static String get(String path, String token, String from, String to) {
        var request = given().auth().oauth2(token);
        if (from != null) {
            request.queryParam("from", from).queryParam("to", to);
        }
        return request.when().get(path).then().statusCode(200).extract().asString();
    }

    /** Answers the whole check-in as member {@code index}, signed as a chat gateway signs it. */
    private void answer(Checkin checkin, int index, String scale, String yesNo, String comment) {
        String body = "{\"type\":\"checkin.submission\",\"cycleId\":\"" + checkin.cycleId() + "\",\"userId\":\""
                + checkin.member(index).platformUserId() + "\",\"answers\":["
                + "{\"questionId\":\"" + checkin.scale() + "\",\"value\":\"" + scale + "\"},"
                + "{\"questionId\":\"" + checkin.yesNo() + "\",\"value\":\"" + yesNo + "\"},"
                + "{\"questionId\":\"" + checkin.choice() + "\",\"value\":\"c\"}],"
                + "\"comment\":\"" + comment + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        given().contentType(ContentType.JSON)
                .header(GenericWebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(GenericWebhookSignature.SIGNATURE_HEADER,
                        GenericWebhookSignature.sign(GENERIC_SECRET, timestamp, bytes))
                .body(bytes).when().post("/webhooks/generic")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("recorded"));
    }

    private record Leader(String email, String personId) {
    }

    /** The team's leader, reachable on Slack and subscribed to digests and alerts. */
    private Leader subscribedLeader(UUID teamId) {
        String[] leader = QuarkusTransaction.requiringNew().call(() -> {
            Person person = Team.<Team>findById(teamId).leaders.iterator().next();
            person.platform = PlatformId.SLACK;
            person.platformUserId = "L" + UUID.randomUUID().toString().substring(0, 8);
            return new String[] { person.email, person.id.toString() };
        });
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("channel", "slack"))
                .when().put("/api/v1/digest-subscriptions/{id}", leader[1]).then().statusCode(200);
        return new Leader(leader[0], leader[1]);
    }

    /** A released cycle of the same team a week earlier: six answers of 5, yes and workload a, five comments. */
    private void releasedWeekBefore(Checkin checkin, LocalDate date) {
        UUID cycleId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Cycle open = Cycle.findById(checkin.cycleId());
            em.createNativeQuery("""
                    insert into cycle (id, schedule_id, team_id, question_set_version_id, cycle_date, closes_at, status,
                                       invited_count, k_threshold, comment_threshold)
                    values (:id, :schedule, :team, :version, :date, :closes, 'closed', :invited, :k, :commentK)
                    """).setParameter("id", cycleId).setParameter("schedule", open.schedule.id)
                    .setParameter("team", checkin.teamId()).setParameter("version", open.questionSetVersion.id)
                    .setParameter("date", date).setParameter("closes", clock.instant().minus(4, ChronoUnit.DAYS))
                    .setParameter("invited", MEMBERS).setParameter("k", open.kThreshold)
                    .setParameter("commentK", open.commentThreshold).executeUpdate();
            for (int i = 0; i < 6; i++) {
                UUID response = UUID.randomUUID();
                em.createNativeQuery("""
                        insert into response (id, cycle_id, team_id, cycle_date, question_set_version_id)
                        values (:id, :cycle, :team, :date, :version)
                        """).setParameter("id", response).setParameter("cycle", cycleId)
                        .setParameter("team", checkin.teamId()).setParameter("date", date)
                        .setParameter("version", open.questionSetVersion.id).executeUpdate();
                insertAnswer(response, checkin.scale(), "wellbeing", 5);
                insertAnswer(response, checkin.yesNo(), "transparency", 1);
                em.createNativeQuery("""
                        insert into answer (id, response_id, question_id, dimension, choice)
                        values (:id, :response, :question, 'workload', 'a')
                        """).setParameter("id", UUID.randomUUID()).setParameter("response", response)
                        .setParameter("question", checkin.choice()).executeUpdate();
                if (i < 5) {
                    em.createNativeQuery("""
                            insert into response_comment (id, cycle_id, team_id, cycle_date, body)
                            values (:id, :cycle, :team, :date, :body)
                            """).setParameter("id", UUID.randomUUID()).setParameter("cycle", cycleId)
                            .setParameter("team", checkin.teamId()).setParameter("date", date)
                            .setParameter("body", "Last week " + i).executeUpdate();
                }
            }
        });
        ReleasedCycles.release(cycleId);
    }

    private void insertAnswer(UUID response, UUID question, String dimension, int value) {
        em.createNativeQuery("""
                insert into answer (id, response_id, question_id, dimension, value)
                values (:id, :response, :question, :dimension, :value)
                """).setParameter("id", UUID.randomUUID()).setParameter("response", response)
                .setParameter("question", question).setParameter("dimension", dimension).setParameter("value", value)
                .executeUpdate();
    }
}
