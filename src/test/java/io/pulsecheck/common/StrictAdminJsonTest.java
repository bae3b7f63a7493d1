package io.pulsecheck.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The admin API refuses unknown fields and values of the wrong type instead of guessing; nothing is written. */
@QuarkusTest
class StrictAdminJsonTest {

    private static final String TEAMS = "/api/v1/teams";

    @Test
    void refusesNumberWhereTextIsExpected() {
        long before = teamCount();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body("{\"name\": 5, \"bogus\": true}")
                .when().post(TEAMS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(TEAMS)
                .then().body("total", equalTo((int) before));
    }

    @Test
    void refusesUnknownField() {
        long before = teamCount();
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body("{\"name\": \"Strict JSON team\", \"bogus\": true}")
                .when().post(TEAMS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("bogus"))
                .body("errors.message", hasItem("is not a known field"));
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(TEAMS)
                .then().body("total", equalTo((int) before));
    }

    @Test
    void refusesTextWhereNumberIsExpected() {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body("{\"kThreshold\": \"5\", \"commentThreshold\": 5}")
                .when().put("/api/v1/settings/anonymity")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kThreshold"));
    }

    @Test
    void refusesFractionWhereWholeNumberIsExpected() {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body("{\"kThreshold\": 5.7, \"commentThreshold\": 5}")
                .when().put("/api/v1/settings/anonymity")
                .then().statusCode(400)
                .body("errors.field", hasItem("kThreshold"));
    }

    private static long teamCount() {
        return given().auth().oauth2(TestTokens.hrAdmin()).when().get(TEAMS)
                .then().statusCode(200).extract().<Integer>path("total");
    }
}
