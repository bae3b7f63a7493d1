package io.pulsecheck.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Every response carries the protective headers; API answers are never cached. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void apiAnswerCarriesProtectiveHeadersAndNoStore() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/settings/anonymity")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("SAMEORIGIN"))
                .header("Content-Security-Policy", equalTo("frame-ancestors 'self'"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void refusedRequestCarriesProtectiveHeadersToo() {
        given().when().get("/api/v1/settings/anonymity")
                .then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void strictTransportSecurityOnlyBehindTls() {
        given().header("X-Forwarded-Proto", "https")
                .when().get("/q/health/live")
                .then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .header("Strict-Transport-Security", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
