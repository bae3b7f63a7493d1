package io.pulsecheck.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A base URL chat platforms cannot fetch charts from is reported in readiness without making the service unready. */
@QuarkusTest
class PublicBaseUrlCheckTest {

    @Test
    void readinessWarnsThatPlatformsCannotFetchChartsFromALocalBaseUrl() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'public-base-url' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'public-base-url' }.data.warning",
                        containsString("The public base URL http://localhost:8080 is not https: slack"))
                .body("checks.find { it.name == 'public-base-url' }.data.warning",
                        containsString("PULSECHECK_API_PUBLIC_BASE_URL"));
    }
}
