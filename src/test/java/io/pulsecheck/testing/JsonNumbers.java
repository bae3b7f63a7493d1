package io.pulsecheck.testing;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

/** Reads JSON decimals as doubles so {@code closeTo} can compare them. */
public final class JsonNumbers {

    public static final RestAssuredConfig DOUBLES = RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));

    private JsonNumbers() {
    }
}
