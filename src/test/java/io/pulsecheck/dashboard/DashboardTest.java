package io.pulsecheck.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.digest.LeaderActions;
import io.pulsecheck.testing.InsightFixtures;
import io.pulsecheck.testing.InsightFixtures.SeededTeam;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The leader web view over plain HTTP: links, the session cookie, access, forms, and the same numbers as the API. */
@QuarkusTest
class DashboardTest {

    @Inject
    InsightFixtures fixtures;

    @Inject
    DashboardSessionSupport sessions;

    @Inject
    LeaderActions actions;

    @Inject
    TestClock clock;

    @Inject
    DashboardSessions sessionCookies;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Led(SeededTeam team, String email, UUID leaderId) {
    }

    private Led teamWithLeader(String prefix) {
        SeededTeam team = fixtures.teamWithHistory(prefix);
        String email = fixtures.leader(team.id(), "webhook", InsightFixtures.unique("lea"), "en", "UTC");
        return new Led(team, email, fixtures.personId(email));
    }

    @Test
    void linkOpensTheTeamPageWithAnHttpOnlyLaxSecureSessionCookie() {
        Led led = teamWithLeader("cookie");
        Response opened = given().redirects().follow(false).when().get(sessions.linkPath(led.leaderId(), led.team().id()));

        assertEquals(303, opened.statusCode());
        assertTrue(opened.header("Location").endsWith("/dashboard/teams/" + led.team().id()), opened.header("Location"));
        String setCookie = opened.header("Set-Cookie");
        assertTrue(setCookie.startsWith(DashboardSessions.COOKIE + "="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("Secure"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/dashboard"), setCookie);
        assertTrue(setCookie.contains("Max-Age=28800"), setCookie);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndAreNotCached() {
        Led led = teamWithLeader("csp");
        String cookie = sessions.signIn(led.leaderId());
        given().cookie(DashboardSessions.COOKIE, cookie).when().get("/dashboard/teams/{id}", led.team().id())
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", "no-store")
                .body(not(containsString("<script")));
    }

    @Test
    void expiredLinkGetsAPageSayingSoAndNoSession() {
        Led led = teamWithLeader("expired");
        clock.setInstant(Instant.now().minus(Duration.ofDays(8)));
        String path = sessions.linkPath(led.leaderId(), led.team().id());
        clock.reset();

        Response response = given().redirects().follow(false).when().get(path);
        assertEquals(410, response.statusCode());
        assertNull(response.header("Set-Cookie"));
        assertTrue(response.body().asString().contains("This link has expired"));
    }

    @Test
    void forgedLinkIsRefusedWithoutASession() {
        Led own = teamWithLeader("forged");
        Led other = teamWithLeader("victim");
        String path = sessions.linkPath(own.leaderId(), own.team().id());
        String forged = path.replace(own.leaderId().toString(), other.leaderId().toString());
        String badSignature = path.replaceAll("sig=[^&]+", "sig=AAAA");

        for (String attempt : List.of(forged, badSignature, "/dashboard/open?leader=" + own.leaderId())) {
            Response response = given().redirects().follow(false).when().get(attempt);
            assertEquals(403, response.statusCode(), attempt);
            assertNull(response.header("Set-Cookie"), attempt);
            assertTrue(response.body().asString().contains("This link is not valid"), attempt);
        }
    }

    @Test
    void forgedSessionCookieIsNotSignedIn() {
        Led led = teamWithLeader("cookieforge");
        String cookie = sessions.signIn(led.leaderId());
        String tampered = cookie.substring(0, cookie.indexOf('.') + 1) + "AAAA";
        given().cookie(DashboardSessions.COOKIE, tampered).when().get("/dashboard/teams/{id}", led.team().id())
                .then().statusCode(401).body(containsString("Please open your dashboard"))
                .body(not(containsString(led.team().name())));
    }

    @Test
    void leaderIsRefusedAnotherTeamsPageAndItsChart() {
        Led own = teamWithLeader("own");
        Led other = teamWithLeader("other");
        String cookie = sessions.signIn(own.leaderId());

        given().cookie(DashboardSessions.COOKIE, cookie).when().get("/dashboard/teams/{id}", other.team().id())
                .then().statusCode(403).body(containsString("Not your team"))
                .body(not(containsString(other.team().name())));
        given().cookie(DashboardSessions.COOKIE, cookie).when().get("/dashboard/teams/{id}/trend.png", other.team().id())
                .then().statusCode(404);
        given().cookie(DashboardSessions.COOKIE, cookie).when().get("/dashboard/teams/{id}", UUID.randomUUID())
                .then().statusCode(403);
        given().cookie(DashboardSessions.COOKIE, cookie).when().get("/dashboard/org")
                .then().statusCode(403);
    }

    @Test
    void teamPageShowsTheApisNumbersForClosedCyclesAndNoneOfAnOpenOne() {
        Led led = teamWithLeader("same");
        UUID open = fixtures.cycle(led.team(), LocalDate.now().minusDays(1), 6, "open");
        for (int i = 0; i < 5; i++) {
            fixtures.respondWellbeing(led.team(), open, 1);
        }
        fixtures.comment(led.team(), open, "An open-cycle comment nobody may read yet");
        String cookie = sessions.signIn(led.leaderId());
        String html = given().cookie(DashboardSessions.COOKIE, cookie).when().get("/dashboard/teams/{id}", led.team().id())
                .then().statusCode(200).extract().asString();
        JsonPath api = given().auth().oauth2(TestTokens.leader(led.email()))
                .when().get("/api/v1/teams/{id}/insights", led.team().id()).then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> cycles = api.getList("cycles");
        assertEquals(3, cycles.size());
        for (Map<String, Object> cycle : cycles) {
            String row = row(html, (String) cycle.get("cycleDate"));
            if (Boolean.TRUE.equals(cycle.get("released"))) {
                for (String metric : List.of("wellbeing", "participation")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> cell = (Map<String, Object>) cycle.get(metric);
                    String suffix = "participation".equals(metric) ? "%" : "";
                    assertEquals(cell.get("value") + suffix, value(row, metric), metric + " of " + cycle.get("cycleDate"));
                }
            } else {
                assertFalse(row.contains("data-value="), "an open check-in shows no number: " + row);
            }
        }
        assertTrue(html.contains("Deadlines feel tight"), "comments of the closed check-in");
        assertFalse(html.contains("An open-cycle comment"), "no comment of the open check-in");
        assertTrue(html.contains("Thanks for the support &lt;@channel&gt;"), "comments are escaped");
    }

    @Test
    void recordsAndEditsAnActionThroughTheFormsAndTheApiSeesIt() {
        Led led = teamWithLeader("form");
        String cookie = sessions.signIn(led.leaderId());
        String csrf = csrf(cookie, led.team().id());

        given().cookie(DashboardSessions.COOKIE, cookie).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("description", "  We moved the release by a week  ").formParam("csrf", csrf)
                .when().post("/dashboard/teams/{id}/actions", led.team().id())
                .then().statusCode(303);
        String id = given().auth().oauth2(TestTokens.leader(led.email()))
                .when().get("/api/v1/teams/{id}/actions", led.team().id())
                .then().statusCode(200).body("[0].description", org.hamcrest.Matchers.equalTo("We moved the release by a week"))
                .extract().path("[0].id");

        given().cookie(DashboardSessions.COOKIE, cookie).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("description", "We moved the release by two weeks").formParam("csrf", csrf)
                .when().post("/dashboard/teams/{id}/actions/{action}", led.team().id(), id)
                .then().statusCode(303);
        given().auth().oauth2(TestTokens.leader(led.email())).when().get("/api/v1/teams/{id}/actions", led.team().id())
                .then().body("[0].description", org.hamcrest.Matchers.equalTo("We moved the release by two weeks"));
    }

    @Test
    void announcedActionCannotBeEditedAnyMore() {
        Led led = teamWithLeader("announced");
        String cookie = sessions.signIn(led.leaderId());
        String csrf = csrf(cookie, led.team().id());
        UUID action = actions.record(led.team().id(), "We hired two testers").id();
        UUID cycle = fixtures.cycle(led.team(), LocalDate.now(), 6, "open");
        QuarkusTransaction.requiringNew().run(() -> actions.markAnnounced(led.team().id(), cycle, List.of(action)));

        given().cookie(DashboardSessions.COOKIE, cookie).contentType(ContentType.URLENC)
                .formParam("description", "Rewritten history").formParam("csrf", csrf)
                .when().post("/dashboard/teams/{id}/actions/{action}", led.team().id(), action)
                .then().statusCode(409).body(containsString("cannot be changed"));
        given().auth().oauth2(TestTokens.leader(led.email())).contentType(ContentType.JSON)
                .body(Map.of("description", "Rewritten history"))
                .when().put("/api/v1/teams/{id}/actions/{action}", led.team().id(), action)
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals("We hired two testers", actions.listForTeam(led.team().id()).get(0).description());
    }

    @Test
    void formWithoutTheSessionsTokenChangesNothing() {
        Led led = teamWithLeader("csrf");
        Led other = teamWithLeader("csrfother");
        String cookie = sessions.signIn(led.leaderId());
        String otherToken = csrf(sessions.signIn(other.leaderId()), other.team().id());

        for (String token : new String[] { null, "", otherToken }) {
            var request = given().cookie(DashboardSessions.COOKIE, cookie).contentType(ContentType.URLENC)
                    .formParam("description", "Cross-site action");
            if (token != null) {
                request.formParam("csrf", token);
            }
            request.when().post("/dashboard/teams/{id}/actions", led.team().id()).then().statusCode(403);
        }
        assertTrue(actions.listForTeam(led.team().id()).isEmpty());
    }

    @Test
    void blankActionIsRefusedOnThePageAndChangesNothing() {
        Led led = teamWithLeader("blank");
        String cookie = sessions.signIn(led.leaderId());
        given().cookie(DashboardSessions.COOKIE, cookie).contentType(ContentType.URLENC)
                .formParam("description", "   ").formParam("csrf", csrf(cookie, led.team().id()))
                .when().post("/dashboard/teams/{id}/actions", led.team().id())
                .then().statusCode(400).body(containsString("Please describe the action"))
                .body(containsString("aria-invalid=\"true\""));
        assertTrue(actions.listForTeam(led.team().id()).isEmpty());
    }

    @Test
    void signingOutEndsTheSessionCookie() {
        Led led = teamWithLeader("logout");
        String cookie = sessions.signIn(led.leaderId());
        Response response = given().cookie(DashboardSessions.COOKIE, cookie).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("csrf", csrf(cookie, led.team().id()))
                .when().post("/dashboard/logout");
        assertEquals(303, response.statusCode());
        String setCookie = response.header("Set-Cookie");
        assertNotNull(setCookie);
        assertTrue(setCookie.contains("Max-Age=0"), setCookie);
    }

    @Test
    void withoutASessionThePageAsksToOpenTheLink() {
        given().when().get("/dashboard").then().statusCode(401).body(containsString("Please open your dashboard"));
    }

    private String csrf(String cookie, UUID teamId) {
        String html = given().cookie(DashboardSessions.COOKIE, cookie).when().get("/dashboard/teams/{id}", teamId)
                .then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(matcher.find(), "a form token");
        return matcher.group(1);
    }

    /** HR's session cookie, as HR's sign-in would set it. */
    private String hrSession() {
        return sessionCookies.start(Viewer.Role.HR, null, "hr-" + System.nanoTime() + "@example.com").getValue();
    }

    /** All five trust items answered with {@code value}; item 5 is reverse-scored, so it gets {@code 6 - value}. */
    private static Map<String, Object> trust(int value) {
        Map<String, Object> answers = new java.util.HashMap<>();
        for (int i = 1; i <= 4; i++) {
            answers.put("trust_" + i, value);
        }
        answers.put("trust_5", 6 - value);
        return answers;
    }

    @Test
    void orgPageShowsTheApisTrustValueAndNothingForACellTheDifferencingGuardSuppresses() {
        LocalDate day = LocalDate.parse("2033-03-07");
        clock.setInstant(Instant.parse("2033-03-14T10:00:00Z"));
        // Only 3 of the small team answered trust: the department's trust minus the big team's would reveal them.
        SeededTeam department = fixtures.team("org-page", null, 5);
        SeededTeam big = fixtures.asking(fixtures.team("org-page-big", department.id(), 5), "trust-in-leadership", 1);
        SeededTeam small = fixtures.asking(fixtures.team("org-page-small", department.id(), 3), "trust-in-leadership", 1);
        UUID bigCycle = fixtures.cycle(big, day, 6, "closed");
        UUID smallCycle = fixtures.cycle(small, day, 6, "closed");
        for (int i = 0; i < 6; i++) {
            fixtures.respondAny(big, bigCycle, trust(i < 3 ? 4 : 5));
            fixtures.respondAny(small, smallCycle, i < 3 ? trust(1) : Map.of());
        }

        String html = given().cookie(DashboardSessions.COOKIE, hrSession()).when().get("/dashboard/org")
                .then().statusCode(200).extract().asString();
        JsonPath api = given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/insights/org")
                .then().statusCode(200).extract().jsonPath();

        String bigTrust = api.getString(orgDimension("team", big.id(), "trust") + ".index.value");
        assertNotNull(bigTrust, "the API shows the big team's trust");
        assertEquals(bigTrust, value(dimensionCell(html, "team", big.id(), "trust")));
        assertEquals("suppressed_differencing",
                api.getString(orgDimension("department", department.id(), "trust") + ".index.status"));
        String suppressed = dimensionCell(html, "department", department.id(), "trust");
        assertFalse(suppressed.contains("data-value="), "a suppressed cell shows no number: " + suppressed);
        assertTrue(suppressed.contains("not shown: it would reveal a smaller group"), suppressed);
    }

    @Test
    void teamPageShowsTheApisTrustOfTheSetsFurtherDimensions() {
        LocalDate day = LocalDate.parse("2033-05-02");
        clock.setInstant(Instant.parse("2033-05-09T10:00:00Z"));
        SeededTeam team = fixtures.asking(fixtures.team("team-page-trust", null, 5), "trust-in-leadership", 1);
        String email = fixtures.leader(team.id(), "webhook", InsightFixtures.unique("lea"), "en", "UTC");
        UUID cycle = fixtures.cycle(team, day, 6, "closed");
        for (int i = 0; i < 6; i++) {
            fixtures.respondAny(team, cycle, trust(i < 2 ? 2 : 4));
        }

        String html = given().cookie(DashboardSessions.COOKIE, sessions.signIn(fixtures.personId(email)))
                .when().get("/dashboard/teams/{id}", team.id()).then().statusCode(200).extract().asString();
        JsonPath api = given().auth().oauth2(TestTokens.leader(email))
                .when().get("/api/v1/teams/{id}/insights", team.id()).then().statusCode(200).extract().jsonPath();

        String trust = api.getString("cycles.find { it.cycleDate == '" + day
                + "' }.dimensions.find { it.dimension == 'trust' }.index.value");
        assertNotNull(trust, "the API shows the team's trust");
        Matcher row = Pattern.compile("<tr data-dimensions-of=\"" + day + "\">.*?</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), "a row of further dimensions for " + day);
        Matcher cell = Pattern.compile("<td data-dimension=\"trust\">.*?</td>", Pattern.DOTALL).matcher(row.group());
        assertTrue(cell.find(), "trust in " + row.group());
        assertEquals(trust, value(cell.group()));
    }

    @Test
    void orgPageShowsTheApisWorkloadSharesOfATeam() {
        LocalDate day = LocalDate.parse("2033-04-04");
        clock.setInstant(Instant.parse("2033-04-11T10:00:00Z"));
        SeededTeam pulse = fixtures.asking(fixtures.team("org-page-pulse", null, 5), "weekly-pulse", 2);
        UUID cycle = fixtures.cycle(pulse, day, 6, "closed");
        String[] workload = { "too_high", "too_high", "about_right", "about_right", "about_right" };
        for (String answer : workload) {
            fixtures.respondAny(pulse, cycle, Map.of("pulse_workload", answer));
        }

        String html = given().cookie(DashboardSessions.COOKIE, hrSession()).when().get("/dashboard/org")
                .then().statusCode(200).extract().asString();
        JsonPath api = given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/insights/org")
                .then().statusCode(200).extract().jsonPath();

        String cell = dimensionCell(html, "team", pulse.id(), "workload");
        for (String choice : List.of("too_high", "about_right")) {
            String share = api.getString(orgDimension("team", pulse.id(), "workload") + ".shares.find { it.choice == '"
                    + choice + "' }.share.value");
            Matcher matcher = Pattern.compile("data-choice=\"" + choice + "\">[^<]*<span class=\"value\" data-value=\"([^\"]+)\"")
                    .matcher(cell);
            assertTrue(matcher.find(), choice + " in " + cell);
            assertEquals(share + "%", matcher.group(1), choice);
        }
    }

    private static String orgDimension(String kind, UUID teamId, String dimension) {
        return "nodes.find { it.kind == '" + kind + "' && it.teamId == '" + teamId + "' }.dimensions.find { it.dimension == '"
                + dimension + "' }";
    }

    /** The org page's cell of one node's further dimension. */
    private static String dimensionCell(String html, String kind, UUID teamId, String dimension) {
        Matcher row = Pattern.compile("<tr class=\"" + kind + "\" data-team=\"" + teamId + "\">.*?</tr>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(row.find(), "a " + kind + " row for " + teamId);
        Matcher cell = Pattern.compile("<td data-dimension=\"" + dimension + "\">.*?</td>", Pattern.DOTALL)
                .matcher(row.group());
        assertTrue(cell.find(), dimension + " in " + row.group());
        return cell.group();
    }

    /** The number a cell shows, or null. */
    private static String value(String cell) {
        Matcher matcher = Pattern.compile("data-value=\"([^\"]+)\"").matcher(cell);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String row(String html, String date) {
        Matcher matcher = Pattern.compile("<tr data-cycle=\"" + date + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(matcher.find(), "a row for " + date);
        return matcher.group();
    }

    private static String value(String row, String metric) {
        Matcher matcher = Pattern.compile("data-metric=\"" + metric + "\"><span class=\"value\" data-value=\"([^\"]+)\"")
                .matcher(row);
        return matcher.find() ? matcher.group(1) : null;
    }
}
