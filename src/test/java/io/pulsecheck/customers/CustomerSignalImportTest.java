package io.pulsecheck.customers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.common.security.Roles;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CustomerSignalImportTest {

    private static final String SIGNALS = "/api/v1/teams/{id}/customer-signals";

    @Inject
    InsightFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    jakarta.persistence.EntityManager em;

    private UUID team;

    @BeforeEach
    void team() {
        clock.setInstant(Instant.parse("2026-06-15T09:00:00Z"));
        team = fixtures.team("customers", null, 5).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String integration() {
        return TestTokens.token("ticket-export", Roles.INTEGRATION);
    }

    private ValidatableResponse postJson(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(SIGNALS, team).then();
    }

    private ValidatableResponse postCsv(String csv) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/csv").body(csv)
                .when().post(SIGNALS, team).then();
    }

    private ValidatableResponse stored(boolean history) {
        return given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "2026-01-01")
                .queryParam("history", history).when().get(SIGNALS, team).then().statusCode(200);
    }

    private static Map<String, Object> row(String week, String metric, Object value, long sampleSize) {
        return Map.of("week", week, "metric", metric, "value", value, "sampleSize", sampleSize);
    }

    @Test
    void reimportingTheSameRowsChangesNothing() {
        Map<String, Object> body = Map.of("signals", List.of(row("2026-W20", "csat", 4.21, 412),
                row("2026-W20", "complaints", 17, 2310), Map.of("date", "2026-05-20", "metric", "fcr", "value", 71.5,
                        "sampleSize", 2310)));
        postJson(integration(), body).statusCode(200).body("received", equalTo(3)).body("created", equalTo(3))
                .body("unchanged", equalTo(0));
        postJson(integration(), body).statusCode(200).body("created", equalTo(0)).body("corrected", equalTo(0))
                .body("unchanged", equalTo(3));

        stored(true).body("size()", equalTo(3)).body("version", contains(1, 1, 1))
                .body("week", contains("2026-W20", "2026-W20", "2026-W21"))
                .body("metric", contains("complaints", "csat", "fcr"));
    }

    @Test
    void aCorrectionSupersedesTheValueAndKeepsItsHistory() {
        postJson(TestTokens.hrAdmin(), Map.of("signals", List.of(row("2026-W22", "csat", 4.40, 300))))
                .statusCode(200).body("created", equalTo(1));
        postJson(TestTokens.hrAdmin(), Map.of("signals", List.of(row("2026-W22", "csat", 4.10, 305))))
                .statusCode(200).body("corrected", equalTo(1)).body("created", equalTo(0));

        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("targetType", "team").queryParam("targetId", team)
                .when().get("/api/v1/audit/events").then().statusCode(200)
                .body("items.action", contains("customer_signals.imported", "customer_signals.imported"))
                .body("items.actor", everyItem(equalTo("hr@example.com")))
                .body("items.find { it.after.corrected == 1 }.after.corrections",
                        contains("2026-W22 csat: 4.4 -> 4.1 (version 2)"));
        stored(false).body("size()", equalTo(1)).body("[0].value", equalTo(4.10f)).body("[0].version", equalTo(2))
                .body("[0].sampleSize", equalTo(305)).body("[0].supersededAt", nullValue());
        stored(true).body("size()", equalTo(2)).body("version", contains(1, 2)).body("[0].value", equalTo(4.40f))
                .body("[0].supersededAt", notNullValue()).body("[1].supersededAt", nullValue());
    }

    @Test
    void csvImportIsAllOrNothingAndNamesEveryBadRow() {
        String csv = """
                week,metric,value,sample_size
                2026-W18,csat,4.3,280
                2026-W19,csat,7,290
                2026-W54,complaints,12,1900
                2026-W19,complaints,-3,1900
                2026-W19,aht,312,0
                2026-W18,csat,4.2,281
                """;
        postCsv(csv).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was changed"))
                .body("errors.field", contains("line[3].value", "line[4].week", "line[5].value",
                        "line[6].sample_size", "line[7]"))
                .body("errors.find { it.field == 'line[3].value' }.message", equalTo("must be between 1 and 5 for csat"))
                .body("errors.find { it.field == 'line[7]' }.message", containsString("same week and metric as line[2]"));
        stored(true).body("size()", equalTo(0));

        postCsv("week,metric,value,sample_size\r\n2026-W18,csat,4.3,280\r\n2026-W19,csat,4.1,290\r\n")
                .statusCode(200).body("created", equalTo(2));
        stored(false).body("week", contains("2026-W18", "2026-W19"));
    }

    @Test
    void refusesARowCarryingAnEmail() {
        Map<String, Object> entry = Map.of("week", "2026-W20", "metric", "csat", "value", 4.0, "sampleSize", 1,
                "agentEmail", "anna.berger@example.com");
        postJson(integration(), Map.of("signals", List.of(entry))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("signals[0].agentEmail"))
                .body("errors[0].message", containsString("refused: looks like a person's identity"));
        postJson(integration(), Map.of("signals", List.of(Map.of("week", "2026-W20", "metric", "csat_by_anna@example.com",
                "value", 4.0, "sampleSize", 3)))).statusCode(400)
                .body("errors.field", contains("signals[0].metric"))
                .body("errors[0].message", containsString("email"));
        postCsv("week,metric,value,sample_size,customer_email\n2026-W20,csat,4.0,1,ben@example.org\n")
                .statusCode(400).body("errors.field", hasItem("line[1].customer_email"))
                .body("errors.message", hasItem(containsString("refused column")));
        stored(true).body("size()", equalTo(0));
    }

    @Test
    void refusesAPersonLikeId() {
        postCsv("week,metric,value,sample_size,employee_id\n2026-W20,csat,4.0,1,E-48213\n")
                .statusCode(400).body("errors.field", hasItem("line[1].employee_id"));
        postJson(integration(), Map.of("signals", List.of(Map.of("week", "2026-W20", "metric", "agent_48213_csat",
                "value", 4.0, "sampleSize", 9, "unit", "score", "direction", "higher_is_better")))).statusCode(400)
                .body("errors.field", contains("signals[0].metric"))
                .body("errors[0].message", containsString("id"));
        postJson(integration(), Map.of("signals", List.of(Map.of("week", "2026-W20", "metric", "csat", "value", 4.0,
                "sampleSize", 9, "customerId", "C-1001")))).statusCode(400)
                .body("errors.field", contains("signals[0].customerId"));
        stored(true).body("size()", equalTo(0));
    }

    @Test
    void customMetricNeedsUnitAndDirectionAndKeepsThem() {
        postJson(TestTokens.hrAdmin(), Map.of("signals", List.of(Map.of("week", "2026-W20", "metric", "refund_rate",
                "value", 2.5, "sampleSize", 800)))).statusCode(400)
                .body("errors.field", contains("signals[0].direction", "signals[0].unit"));
        postJson(TestTokens.hrAdmin(), Map.of("signals", List.of(Map.of("week", "2026-W20", "metric", "refund_rate",
                "value", 2.5, "sampleSize", 800, "unit", "%", "direction", "lower_is_better")))).statusCode(200);
        postJson(TestTokens.hrAdmin(), Map.of("signals", List.of(Map.of("week", "2026-W21", "metric", "refund_rate",
                "value", 2.7, "sampleSize", 810, "unit", "%", "direction", "higher_is_better")))).statusCode(400)
                .body("errors.field", contains("signals[0].direction"));
        stored(false).body("unit", contains("%")).body("direction", contains("lower_is_better"));
    }

    @Test
    void refusesAFutureWeekAndAWeekThatDoesNotExist() {
        postJson(TestTokens.hrAdmin(), Map.of("signals", List.of(row("2026-W30", "csat", 4.0, 10),
                row("2025-W53", "csat", 4.0, 10)))).statusCode(400)
                .body("errors.field", contains("signals[0].week", "signals[1].week"))
                .body("errors.message", contains("must not be a future week", "year 2025 has no week 53"));
    }

    @Test
    void integrationWritesButReadsNothing() {
        postJson(integration(), Map.of("signals", List.of(row("2026-W20", "nps", 31, 150)))).statusCode(200);
        given().auth().oauth2(integration()).when().get(SIGNALS, team).then().statusCode(403);
        given().auth().oauth2(integration()).when().get("/api/v1/teams/{id}/insights", team).then().statusCode(403);
        given().auth().oauth2(integration()).when().get("/api/v1/teams/{id}/insights/customer-voice", team).then()
                .statusCode(403);
        given().auth().oauth2(integration()).when().get("/api/v1/teams").then().statusCode(403);
        given().auth().oauth2(integration()).when().get("/api/v1/insights/org").then().statusCode(403);
    }

    @Test
    void auditorsNeitherWriteNorReadCustomerSignals() {
        String auditor = TestTokens.token("council@example.com", Roles.AUDITOR);
        postJson(auditor, Map.of("signals", List.of(row("2026-W20", "csat", 4.0, 10)))).statusCode(403);
        given().auth().oauth2(auditor).when().get(SIGNALS, team).then().statusCode(403);
        given().auth().oauth2(auditor).when().get("/api/v1/teams/{id}/insights/customer-voice", team).then()
                .statusCode(403);
        given().auth().oauth2(auditor).when().get("/api/v1/insights/org/customer-voice").then().statusCode(403);
        stored(true).body("size()", equalTo(0));
    }

    @Test
    void leadersReadTheirTeamsSignalsButCannotWriteThem() {
        String leader = fixtures.leader(team, "slack", InsightFixtures.unique("U"), "en", "Europe/Berlin");
        postJson(TestTokens.leader(leader), Map.of("signals", List.of(row("2026-W20", "csat", 4.0, 10))))
                .statusCode(403);
        postJson(TestTokens.hrAdmin(), Map.of("signals", List.of(row("2026-W20", "csat", 4.0, 10))))
                .statusCode(200);
        given().auth().oauth2(TestTokens.leader(leader)).queryParam("from", "2026-01-01").when().get(SIGNALS, team)
                .then().statusCode(200).body("metric", contains("csat"));
        UUID other = fixtures.team("other", null, 5).id();
        given().auth().oauth2(TestTokens.leader(leader)).when().get(SIGNALS, other).then().statusCode(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void storedRowsHoldNoIdentityColumn() {
        List<String> columns = em.createNativeQuery(
                "select column_name from information_schema.columns where table_name = 'customer_signal'")
                .getResultList();
        assertEquals(List.of(), columns.stream().filter(c -> c.matches(
                ".*(person|participant|user|email|mail|name|agent|customer|employee|member|chat|phone|subject).*"))
                .toList());
        assertTrue(columns.containsAll(List.of("team_id", "week_start", "metric", "value", "sample_size")));
    }

    @Test
    void unknownTeamIsNotFound() {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("signals", List.of(row("2026-W20", "csat", 4.0, 10))))
                .when().post(SIGNALS, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
