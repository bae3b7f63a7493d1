package io.pulsecheck.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.AdminFixtures;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Size limits hold however a body is sent; refusals echo nothing long; absurd dates are a 400, not a 500. */
@QuarkusTest
class InputLimitsTest {

    private static final int THREE_MB = 3 * 1024 * 1024;

    @TestHTTPResource("/")
    URL base;

    @Test
    void refusesChunkedBodyAboveLimitWithoutImportingIt() throws Exception {
        long before = peopleCount();
        String header = "display_name,team,time_zone\n";
        StringBuilder csv = new StringBuilder(header);
        while (csv.length() < THREE_MB) {
            csv.append("Chunked Person ").append(csv.length()).append(",Chunked team,Europe/Berlin\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        // ofInputStream announces no length: the body goes out chunked.
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/people/import?createTeams=true"))
                .header("Authorization", TestTokens.bearer(TestTokens.hrAdmin()))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode());
            assertTrue(response.body().length() < 1024, "the refusal must not echo the body");
        } catch (IOException closedWhileSending) {
            // The server may close the connection before the client has sent everything; refused all the same.
        }
        assertEquals(before, peopleCount());
    }

    @Test
    void refusesOversizeWebhookBodyBeforeReadingIt() {
        given().contentType("application/json").body("{\"padding\": \"" + "x".repeat(300 * 1024) + "\"}")
                .when().post("/webhooks/generic")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void truncatesEchoedCsvHeader() {
        String column = "c".repeat(10_000);
        String body = given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/csv")
                .body("display_name,team,time_zone," + column + "\nA,B,Europe/Berlin,x\n")
                .when().post("/api/v1/people/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("line[1]"))
                .body("errors.message.collect { it.length() }", everyItem(lessThanOrEqualTo(300)))
                .extract().asString();
        assertTrue(body.length() < 2_000, "problem is " + body.length() + " characters long");
    }

    @Test
    void refusesDateBeyondBoundsOnOrgInsights() {
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "-999999999-01-01")
                .when().get("/api/v1/insights/org")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("from"));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("to", "+999999999-12-31")
                .when().get("/api/v1/insights/org")
                .then().statusCode(400)
                .body("errors.field", hasItem("to"));
    }

    @Test
    void refusesDateBeyondBoundsOnSchedulePreview() {
        String team = AdminFixtures.createTeam(AdminFixtures.unique("Bounds team"), List.of());
        String schedule = AdminFixtures.createSchedule(AdminFixtures.weeklySchedule(team,
                AdminFixtures.createQuestionSet(AdminFixtures.unique("Bounds set"))));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", "-999999999-01-01")
                .when().get("/api/v1/schedules/{id}/preview", schedule)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("from"));
    }

    private static long peopleCount() {
        return given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 1)
                .when().get("/api/v1/people")
                .then().statusCode(200).extract().<Integer>path("total");
    }
}
