package io.pulsecheck.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The team page's customer voice shows what {@code GET /api/v1/teams/{id}/insights/customer-voice} answers: the same
 * customer values per check-in, the same relationship statuses and figures, and no pairing for a suppressed check-in.
 */
@QuarkusTest
class DashboardCustomerVoiceTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-01-05");

    /** Index of the check-in with fewer answers than k: its week must show no pairing. */
    private static final int SUPPRESSED = 4;

    /** WHO-5 item value of the respondents per check-in. */
    private static final int[] WELLBEING = { 4, 3, 2, 4, 1, 3, 5, 2, 3, 4, 1 };

    @Inject
    InsightFixtures fixtures;

    @Inject
    DashboardSessionSupport sessions;

    @Inject
    TestClock clock;

    @BeforeEach
    void fixedDay() {
        clock.setInstant(Instant.parse("2026-06-01T09:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Seeded(SeededTeam team, String leaderEmail, UUID leaderId) {
    }

    /** Weekly check-ins with CSAT and complaints that follow well-being; one check-in stays below k. */
    private Seeded seed(String locale) {
        SeededTeam team = fixtures.team("voiceweb", null, 5);
        String email = fixtures.leader(team.id(), "webhook", InsightFixtures.unique("lea"), locale, "UTC");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < WELLBEING.length; i++) {
            LocalDate date = FIRST.plusWeeks(i);
            UUID cycle = fixtures.cycle(team, date, 6, "closed");
            int respondents = i == SUPPRESSED ? 3 : 5;
            for (int r = 0; r < respondents; r++) {
                fixtures.respondWellbeing(team, cycle, WELLBEING[i]);
            }
            rows.add(Map.of("date", date.toString(), "metric", "csat", "value", Math.round(300 + 30 * WELLBEING[i] + i) / 100.0,
                    "sampleSize", 300 + i));
            rows.add(Map.of("date", date.toString(), "metric", "complaints", "value", 40 - 5 * WELLBEING[i] + i % 3,
                    "sampleSize", 900 + i));
        }
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(Map.of("signals", rows))
                .when().post("/api/v1/teams/{id}/customer-signals", team.id()).then().statusCode(200);
        return new Seeded(team, email, fixtures.personId(email));
    }

    private String page(Seeded seeded) {
        String cookie = sessions.signIn(seeded.leaderId());
        return given().cookie(DashboardSessions.COOKIE, cookie).when().get("/dashboard/teams/{id}", seeded.team().id())
                .then().statusCode(200).extract().asString();
    }

    private static String customerSection(String html) {
        Matcher matcher = Pattern.compile("<section aria-labelledby=\"customer-voice\".*?</section>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(matcher.find(), "the page has a customer voice section");
        return matcher.group();
    }

    private static String row(String section, String date) {
        Matcher matcher = Pattern.compile("<tr data-customer-cycle=\"" + date + "\".*?</tr>", Pattern.DOTALL)
                .matcher(section);
        assertTrue(matcher.find(), "a row for " + date);
        return matcher.group();
    }

    private static List<BigDecimal> values(String row) {
        Matcher matcher = Pattern.compile("data-customer-value=\"([^\"]*)\"").matcher(row);
        List<BigDecimal> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(new BigDecimal(matcher.group(1)));
        }
        return values;
    }

    @Test
    void teamPageShowsTheApisCustomerValuesAndNoPairingForASuppressedCheckIn() {
        Seeded seeded = seed("en");
        JsonPath api = given().auth().oauth2(TestTokens.leader(seeded.leaderEmail()))
                .when().get("/api/v1/teams/{id}/insights/customer-voice", seeded.team().id())
                .then().statusCode(200).extract().jsonPath();
        String section = customerSection(page(seeded));

        List<String> metrics = api.getList("customerMetrics.metric");
        assertEquals(List.of("complaints", "csat"), metrics);
        List<Map<String, Object>> cycles = api.getList("cycles");
        assertEquals(WELLBEING.length, cycles.size());
        for (Map<String, Object> cycle : cycles) {
            String date = (String) cycle.get("cycleDate");
            String row = row(section, date);
            boolean shown = (Boolean) cycle.get("employeeShown");
            assertTrue(row.contains("data-paired=\"" + shown + "\""), row);
            if (!shown) {
                assertTrue(values(row).isEmpty(), "a suppressed check-in pairs with nothing: " + row);
                assertTrue(row.contains("not paired"), row);
                continue;
            }
            List<BigDecimal> expected = new ArrayList<>();
            for (String metric : metrics) {
                expected.add(new BigDecimal(api.getString("cycles.find { it.cycleDate == '" + date + "' }.customer."
                        + metric + ".value")));
            }
            List<BigDecimal> onPage = values(row);
            assertEquals(expected.size(), onPage.size(), row);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(0, expected.get(i).compareTo(onPage.get(i)), date + " " + metrics.get(i));
            }
        }
        assertEquals("false", String.valueOf(cycles.get(SUPPRESSED).get("employeeShown")));
    }

    @Test
    void teamPageShowsTheApisRelationshipStatusesAndFiguresOnlyWhenShown() {
        Seeded seeded = seed("en");
        JsonPath api = given().auth().oauth2(TestTokens.leader(seeded.leaderEmail()))
                .when().get("/api/v1/teams/{id}/insights/customer-voice", seeded.team().id())
                .then().statusCode(200).extract().jsonPath();
        String section = customerSection(page(seeded));

        List<Map<String, Object>> relationships = api.getList("relationships");
        Matcher items = Pattern.compile("<td data-status=\"([a-z_]+)\">(.*?)</td>", Pattern.DOTALL).matcher(section);
        int shown = 0;
        for (Map<String, Object> relationship : relationships) {
            assertTrue(items.find(), "an item per relationship of the API");
            assertEquals(relationship.get("status"), items.group(1));
            String item = items.group(2);
            if ("shown".equals(relationship.get("status"))) {
                shown++;
                assertTrue(item.contains("r = " + relationship.get("r") + ", 95% interval " + relationship.get("ciLow")
                        + " to " + relationship.get("ciHigh")), item);
            } else {
                assertFalse(item.contains("r = "), "no figures when the API shows none: " + item);
            }
        }
        assertFalse(items.find(), "no relationship the API does not have");
        assertTrue(shown > 0, "well-being against CSAT over 10 common check-ins is shown");
        assertTrue(section.contains("Association, not cause"), section);
        Map<String, Object> stress = api.getMap("relationships.find { it.employee == 'stress' }");
        assertEquals("not_enough_cycles", stress.get("status"), "no stress answers: nothing to relate");
    }

    @Test
    void germanPageSaysAssociationNotCauseWithSie() {
        String section = customerSection(page(seed("de")));

        assertTrue(section.contains("Stimme der Kundschaft"), section);
        assertTrue(section.contains("Zusammenhang, keine Ursache"), section);
        assertTrue(section.contains("Ihres Unternehmens"), section);
        assertTrue(section.contains("Beschwerden"), section);
    }
}
