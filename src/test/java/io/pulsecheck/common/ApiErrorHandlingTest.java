package io.pulsecheck.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ApiErrorHandlingTest {

    private static final String SETTINGS = "/api/v1/settings/anonymity";

    @Test
    void refusesRequestWithoutTokenWithProblem() {
        given().when().get(SETTINGS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void refusesForgedToken() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get(SETTINGS)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void refusesWrongRoleWithProblem() {
        given().auth().oauth2(TestTokens.leader("lea@example.com"))
                .when().get(SETTINGS)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void answersMalformedJsonWithProblem() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .contentType(ContentType.JSON).body("{\"kThreshold\": 5,")
                .when().put(SETTINGS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("JSON"))
                .body(not(containsString("Exception")));
    }

    @Test
    void namesFieldWithWrongType() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .contentType(ContentType.JSON).body("{\"kThreshold\": \"many\", \"commentThreshold\": 5}")
                .when().put(SETTINGS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kThreshold"));
    }

    @Test
    void namesEachInvalidFieldAndChangesNothing() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .contentType(ContentType.JSON).body("{\"kThreshold\": 2}")
                .when().put(SETTINGS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kThreshold"))
                .body("errors.field", hasItem("commentThreshold"))
                .body("errors.find { it.field == 'kThreshold' }.message", equalTo("must be at least 3"));

        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get(SETTINGS)
                .then().statusCode(200)
                .body("kThreshold", not(equalTo(2)));
    }

    @Test
    void refusesWrongContentType() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .contentType(ContentType.XML).body("<settings/>")
                .when().put(SETTINGS)
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void refusesOversizeBody() {
        String huge = "{\"kThreshold\": 5, \"commentThreshold\": 5, \"padding\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        given().auth().oauth2(TestTokens.hrAdmin())
                .contentType(ContentType.JSON).body(huge)
                .when().put(SETTINGS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void answersUnknownRouteWithProblem() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void devTokenEndpointDoesNotExistOutsideDevMode() {
        given().when().get("/dev/token?role=hr-admin")
                .then().statusCode(404);
    }
}
