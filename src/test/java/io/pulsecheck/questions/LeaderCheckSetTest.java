package io.pulsecheck.questions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.LeaderCheckFixtures;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The built-in leaders' check is short, in German and English, and addresses German readers with "Sie". */
@QuarkusTest
class LeaderCheckSetTest {

    @Test
    void leaderCheckAsksFourItemsAddressingGermanReadersWithSie() {
        JsonPath set = given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/question-sets/" + LeaderCheckFixtures.LEADER_CHECK_SET)
                .then().statusCode(200).body("builtinKey", org.hamcrest.Matchers.equalTo("leader-check"))
                .body("questions.key", contains("leader_energy", "leader_switch_off", "leader_strain", "leader_support"))
                .body("questions.dimension", contains("leader_wellbeing", "leader_wellbeing", "leader_strain",
                        "leader_support"))
                .body("questions.text", everyItem(hasKey("de"))).body("questions.text", everyItem(hasKey("en")))
                .extract().jsonPath();
        Pattern du = Pattern.compile("(?iu)(?<!\\p{L})(du|dich|dir|dein\\p{L}*)(?!\\p{L})");
        Pattern sie = Pattern.compile("(?u)(?<!\\p{L})(Sie|Ihr\\p{L}*)(?!\\p{L})");
        List<Map<String, String>> texts = set.getList("questions.text");
        for (Map<String, String> text : texts) {
            assertEquals(false, du.matcher(text.get("de")).find(), text.get("de"));
            assertTrue(sie.matcher(text.get("de")).find(), text.get("de"));
        }
    }
}
