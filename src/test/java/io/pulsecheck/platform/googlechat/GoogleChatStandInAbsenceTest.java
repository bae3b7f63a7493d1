package io.pulsecheck.platform.googlechat;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The dev-mode Google stand-in is no part of other builds: its routes do not exist, and only the dev profile points
 * the app at its keys, token endpoint and Chat API, so no other profile trusts a token the stand-in signs.
 */
@QuarkusTest
class GoogleChatStandInAbsenceTest {

    @Test
    void standInRoutesDoNotExistOutsideDevMode() {
        given().when().get("/dev/google-chat").then().statusCode(404);
        given().when().get("/dev/google-chat/jwks").then().statusCode(404);
        given().contentType("application/x-www-form-urlencoded").formParam("assertion", "x")
                .when().post("/dev/google-chat/token").then().statusCode(404);
    }

    @Test
    void onlyTheDevProfileNamesTheStandIn() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        List<String> outsideDev = properties.stringPropertyNames().stream()
                .filter(key -> properties.getProperty(key).contains("/dev/google-chat")
                        || properties.getProperty(key).contains("google-chat-stand-in")
                        || key.endsWith("google-chat.app.project-number"))
                .filter(key -> !key.startsWith("%dev."))
                .sorted().toList();

        assertEquals(List.of(), outsideDev);
    }
}
