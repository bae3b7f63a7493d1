package io.pulsecheck.platform.teams;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The dev-mode Microsoft stand-in is no part of other builds: its routes do not exist, and only the dev profile points
 * the bot at its metadata, keys, token endpoint and Bot Connector and gives the bot the stand-in's credentials, so no
 * other profile trusts a token the stand-in signs.
 */
@QuarkusTest
class TeamsStandInAbsenceTest {

    @Test
    void standInRoutesDoNotExistOutsideDevMode() {
        given().when().get("/dev/teams").then().statusCode(404);
        given().when().get("/dev/teams/openid").then().statusCode(404);
        given().when().get("/dev/teams/jwks").then().statusCode(404);
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .when().post("/dev/teams/token").then().statusCode(404);
        given().contentType("application/json").body("{\"type\":\"message\"}")
                .when().post("/dev/teams/v3/conversations/a:dm-x/activities").then().statusCode(404);
    }

    @Test
    void onlyTheDevProfileNamesTheStandIn() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        List<String> outsideDev = properties.stringPropertyNames().stream()
                .filter(key -> properties.getProperty(key).contains("/dev/teams")
                        || properties.getProperty(key).contains("dev-stand-in")
                        || properties.getProperty(key).contains("teams-stand-in")
                        || key.endsWith("ms-teams.bot.app-id") || key.endsWith("ms-teams.bot.app-password")
                        || key.endsWith("ms-teams.bot.service-url-hosts"))
                .filter(key -> !key.startsWith("%dev."))
                .sorted().toList();

        assertEquals(List.of(), outsideDev);
    }
}
