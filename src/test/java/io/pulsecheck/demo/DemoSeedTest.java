package io.pulsecheck.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.digest.DigestService;
import io.pulsecheck.platform.LeaderCard;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.responses.PendingSubmissions;
import io.pulsecheck.teams.Person;
import io.pulsecheck.teams.Team;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DemoSeedTest {

    private static final String WEEKLY_PULSE = "a159dbb5-8693-5f95-9dda-1a9950e02469";

    @Inject
    DemoSeeder seeder;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @BeforeEach
    void seed() {
        // The first test of a run seeds; the others find the data in place.
        seeder.seed();
    }

    private static UUID teamId(String name) {
        return Team.<Team>find("name", name).firstResult().id;
    }

    private static JsonPath insights(UUID teamId, String token) {
        return given().auth().oauth2(token)
                .when().get("/api/v1/teams/{id}/insights", teamId)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void teamInsightsShowNumbersTrendsAndComments() {
        JsonPath report = insights(teamId("Platform (demo)"), TestTokens.hrAdmin());
        List<Map<String, Object>> cycles = report.getList("cycles");
        assertEquals(7, cycles.size());
        assertEquals("open", report.getString("cycles[6].cycleStatus"));
        assertFalse(report.getBoolean("cycles[6].released"));
        for (int i = 0; i < 6; i++) {
            assertEquals("closed", report.getString("cycles[" + i + "].cycleStatus"));
            assertTrue(report.getBoolean("cycles[" + i + "].released"));
            assertEquals("shown", report.getString("cycles[" + i + "].wellbeing.status"));
            assertEquals("shown", report.getString("cycles[" + i + "].stress.status"));
            assertEquals("shown", report.getString("cycles[" + i + "].participation.status"));
        }
        // Well-being slid from the first to the last closed cycle: the trend the digest and alerts react to.
        assertTrue(report.getDouble("cycles[5].wellbeing.value") < report.getDouble("cycles[0].wellbeing.value"));
        assertEquals("shown", report.getString("cycles[5].commentsStatus"));
        assertEquals(6, report.getList("cycles[5].comments").size());
        assertEquals("not_enough_comments", report.getString("cycles[1].commentsStatus"));
    }

    @Test
    void teamBelowKInOneCycleShowsNoNumbersThere() {
        JsonPath report = insights(teamId("Mobile (demo)"), TestTokens.hrAdmin());
        assertFalse(report.getBoolean("cycles[1].enoughResponses"));
        assertNull(report.get("cycles[1].respondents"));
        assertEquals("shown", report.getString("cycles[2].wellbeing.status"));
    }

    @Test
    void leaderReadsOwnDemoTeamButNotTheOther() {
        insights(teamId("Platform (demo)"), TestTokens.leader("lea@example.com"));
        given().auth().oauth2(TestTokens.leader("lea@example.com"))
                .when().get("/api/v1/teams/{id}/insights", teamId("Mobile (demo)"))
                .then().statusCode(403);
    }

    @Test
    void orgReportRollsUpTheDemoDepartment() {
        UUID department = teamId(DemoTeams.DEPARTMENT);
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/insights/org")
                .then().statusCode(200)
                .body("nodes.find { it.teamId == '" + department + "' }.kind", equalTo("department"))
                .body("nodes.find { it.teamId == '" + department + "' }.status", equalTo("shown"))
                .body("nodes.find { it.teamId == '" + department + "' }.wellbeing.value", notNullValue());
    }

    @Test
    void schedulesUseTheBuiltInWeeklyPulseOnTheGenericWebhook() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("teamId", teamId("Mobile (demo)"))
                .when().get("/api/v1/schedules")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items.questionSetId", everyItem(equalTo(WEEKLY_PULSE)))
                .body("items.channel", hasItem("webhook"));
    }

    @Test
    void inesIsOnGoogleChatAndInvitedToTodaysCheckIn() {
        Person ines = Person.<Person>find("platformUserId", DemoTeams.GOOGLE_CHAT_MEMBER).firstResult();

        assertEquals(PlatformId.GOOGLE_CHAT, ines.platform);
        Number invited = (Number) em.createNativeQuery("""
                select count(*) from cycle_invitation ci join cycle c on c.id = ci.cycle_id
                where ci.person_id = :person and c.status = 'open'""").setParameter("person", ines.id)
                .getSingleResult();
        assertEquals(1, invited.intValue());
    }

    @Test
    void closedDemoCyclesKeepNoReceiptsAndAreMixed() {
        UUID team = teamId("Platform (demo)");
        Number receipts = (Number) em.createNativeQuery("""
                select count(*) from receipt r join cycle c on c.id = r.cycle_id
                where c.team_id = :team and c.status = 'closed'""").setParameter("team", team).getSingleResult();
        Number unmixed = (Number) em.createNativeQuery("""
                select count(*) from cycle c where c.team_id = :team and c.status = 'closed'
                  and not exists (select 1 from closed_cycle_mixed m where m.cycle_id = c.id)""")
                .setParameter("team", team).getSingleResult();
        assertEquals(0, receipts.intValue());
        assertEquals(0, unmixed.intValue());
    }

    @Test
    void customerServiceTeamShowsBothVoicesInTheReportAndTheDigest() {
        UUID team = teamId(DemoCustomerTeam.NAME);
        JsonPath report = given().auth().oauth2(TestTokens.leader("sofia@example.com"))
                .when().get("/api/v1/teams/{id}/insights/customer-voice", team)
                .then().statusCode(200).extract().jsonPath();
        assertTrue(report.getList("cycles").size() >= 50, "a year of weekly check-ins");
        assertEquals(List.of("complaints", "csat"), report.getList("customerMetrics.metric"));
        Map<String, Object> complaints = report.getMap(
                "relationships.find { it.employee == 'stress' && it.customer == 'complaints' && it.lag == 0 }");
        assertEquals("shown", complaints.get("status"));
        assertTrue(((Number) complaints.get("ciLow")).doubleValue() > 0.5, complaints.toString());
        Map<String, Object> csat = report.getMap(
                "relationships.find { it.employee == 'stress' && it.customer == 'csat' && it.lag == 0 }");
        assertTrue(((Number) csat.get("ciHigh")).doubleValue() < -0.5, csat.toString());

        LeaderCard digest = Arc.container().instance(DigestService.class).get().digestCard(team, "en");
        List<String> lines = digest.sections().stream().filter(s -> s.heading().equals("Customer signals"))
                .findFirst().orElseThrow().items();
        assertTrue(lines.get(0).startsWith("Complaints: 58 → 66 (worse) in week "), lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("Association, not cause: "), lines.toString());
    }

    @Test
    void secondRunAddsNothing() {
        Map<String, Long> before = counts();
        assertFalse(seeder.seed());
        assertEquals(before, counts());
    }

    @Test
    void tourMemberAnswersTheOpenCycleThroughTheSignedGenericWebhook() {
        UUID team = teamId("Platform (demo)");
        JsonPath before = insights(team, TestTokens.hrAdmin());
        String cycleId = before.getString("cycles[6].cycleId");
        List<String> questions = em.createNativeQuery(
                "select cast(question_id as text) from cycle_question where cycle_id = cast(:c as uuid) order by position",
                String.class).setParameter("c", cycleId).getResultList();
        // The weekly pulse in order: mood, stress, workload, priorities known, recognised.
        List<String> values = List.of("4", "2", "about_right", "1", "1");
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            answers.append(i == 0 ? "" : ",").append("{\"questionId\":\"").append(questions.get(i))
                    .append("\",\"value\":\"").append(values.get(i)).append("\"}");
        }
        String body = "{\"type\":\"checkin.submission\",\"cycleId\":\"" + cycleId + "\",\"userId\":\""
                + DemoTeams.TOUR_MEMBER + "\",\"answers\":[" + answers + "],\"comment\":\"Tour comment\"}";
        String timestamp = Long.toString(clock.instant().getEpochSecond());

        given().contentType(ContentType.JSON)
                .header("X-Pulsecheck-Timestamp", timestamp)
                .header("X-Pulsecheck-Signature", "v1=" + hmac("dev-only-generic-inbound-secret", timestamp + "." + body))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/webhooks/generic")
                .then().statusCode(200)
                .body("status", equalTo("recorded"));

        // The fifth answer lifts the open cycle to k and the pending job writes the five out; still the report says
        // no more than that until the cycle closes.
        Arc.container().instance(PendingSubmissions.class).get().flushDue();
        JsonPath after = insights(team, TestTokens.hrAdmin());
        assertTrue(after.getBoolean("cycles[6].enoughResponses"));
        assertFalse(after.getBoolean("cycles[6].released"));
        assertEquals("coarse", after.getString("cycles[6].participation.status"));
        assertEquals("not_released", after.getString("cycles[6].wellbeing.status"));
        assertEquals("not_released", after.getString("cycles[6].commentsStatus"));
        assertNull(after.get("cycles[6].comments"));
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("team", "person", "schedule", "cycle", "cycle_invitation", "response", "answer",
                "response_comment", "receipt", "sealed_submission", "free_text_answer")) {
            counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult())
                    .longValue());
        }
        return counts;
    }
}
