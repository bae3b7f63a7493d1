package io.pulsecheck.questions;

import static io.pulsecheck.testing.AdminFixtures.questionSet;
import static io.pulsecheck.testing.AdminFixtures.scaleQuestion;
import static io.pulsecheck.testing.AdminFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class QuestionLibraryTest {

    private static final String SETS = "/api/v1/question-sets";

    private static String builtinId(String key) {
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.hrAdmin())
                .queryParam("builtin", true).queryParam("size", 200)
                .when().get(SETS).then().statusCode(200).extract().path("items");
        return (String) items.stream().filter(i -> key.equals(i.get("builtinKey"))).findFirst().orElseThrow()
                .get("id");
    }

    private static ValidatableResponse read(String key) {
        return given().auth().oauth2(TestTokens.hrAdmin()).when().get(SETS + "/" + builtinId(key)).then()
                .statusCode(200);
    }

    @Test
    void libraryOffersTheBuiltInSets() {
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("builtin", true).queryParam("size", 200)
                .when().get(SETS)
                .then().statusCode(200)
                .body("items.builtinKey", hasItems("who-5", "pss-4", "enps", "transparency", "trust-in-leadership",
                        "weekly-pulse"));
    }

    @Test
    void who5HasOfficialEnglishAndGermanWordingOnZeroToFiveScale() {
        read("who-5")
                .body("questions.size()", equalTo(5))
                .body("questions.type", everyItem(equalTo("scale_0_5")))
                .body("questions.dimension", everyItem(equalTo("wellbeing")))
                .body("questions[0].text.en", equalTo("Over the last two weeks, I have felt cheerful and in good spirits."))
                .body("questions[0].text.de", equalTo("In den letzten zwei Wochen war ich froh und guter Laune."))
                .body("questions[0].scaleLabels.high.de", equalTo("Die ganze Zeit"));
    }

    @Test
    void pss4ReverseScoresItemsTwoAndThree() {
        read("pss-4")
                .body("questions.key", contains("pss4_1", "pss4_2", "pss4_3", "pss4_4"))
                .body("questions.reverseScored", contains(false, true, true, false))
                .body("questions.dimension", everyItem(equalTo("stress")));
    }

    @Test
    void enpsAsksZeroToTen() {
        read("enps").body("questions.type", contains("scale_0_10")).body("questions.dimension", contains("enps"));
    }

    @Test
    void everyBuiltInQuestionIsInGermanAndEnglish() {
        for (String key : List.of("who-5", "pss-4", "enps", "transparency", "trust-in-leadership", "weekly-pulse")) {
            read(key).body("questions.text", everyItem(hasKey("de"))).body("questions.text", everyItem(hasKey("en")));
        }
    }

    @Test
    void weeklyPulseMixesQuestionTypes() {
        read("weekly-pulse")
                .body("questions.size()", equalTo(5))
                .body("questions.type", hasItems("scale_1_5", "single_choice", "yes_no"))
                .body("questions.find { it.type == 'single_choice' }.choices", notNullValue());
    }

    @Test
    void builtInSetsAddressGermanReadersWithSie() {
        Pattern du = Pattern.compile("(?iu)(?<!\\p{L})(du|dich|dir|dein\\p{L}*)(?!\\p{L})");
        List<String> informal = new ArrayList<>();
        for (String key : List.of("who-5", "pss-4", "enps", "transparency", "trust-in-leadership", "weekly-pulse")) {
            for (String german : germanTexts(read(key))) {
                if (du.matcher(german).find()) {
                    informal.add(key + ": " + german);
                }
            }
        }
        assertEquals(List.of(), informal, "German texts of the current built-in versions that say du");
    }

    @Test
    void weeklyPulseKeepsItsFirstVersionAndAsksTheSameQuestionsInItsCurrentOne() {
        String id = builtinId("weekly-pulse");
        ValidatableResponse first = given().auth().oauth2(TestTokens.hrAdmin()).queryParam("version", 1)
                .when().get(SETS + "/" + id).then().statusCode(200)
                .body("questions[0].text.de", equalTo("Wie hast du dich diese Woche bei der Arbeit gefühlt?"));
        ValidatableResponse current = read("weekly-pulse")
                .body("currentVersion", equalTo(2))
                .body("questions[0].text.de", equalTo("Wie haben Sie sich diese Woche bei der Arbeit gefühlt?"));
        for (String field : List.of("key", "type", "dimension", "reverseScored", "text.en", "choices",
                "scaleLabels")) {
            Object before = first.extract().path("questions." + field);
            current.body("questions." + field, equalTo(before));
        }
    }

    /** Every German string of a set: question texts, choice labels and scale labels. */
    @SuppressWarnings("unchecked")
    private static List<String> germanTexts(ValidatableResponse set) {
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> question : set.extract().<List<Map<String, Object>>>path("questions")) {
            texts.add(german(question.get("text")));
            if (question.get("choices") instanceof List<?> choices) {
                choices.forEach(choice -> texts.add(german(((Map<String, Object>) choice).get("label"))));
            }
            if (question.get("scaleLabels") instanceof Map<?, ?> labels) {
                labels.values().forEach(label -> texts.add(german(label)));
            }
        }
        return texts;
    }

    private static String german(Object localized) {
        return String.valueOf(((Map<?, ?>) localized).get("de"));
    }

    @Test
    void builtInSetIsReadOnly() {
        String id = builtinId("who-5");
        int revision = given().auth().oauth2(TestTokens.hrAdmin()).when().get(SETS + "/" + id)
                .then().extract().path("revision");
        Map<String, Object> body = new HashMap<>(questionSet("Mine", List.of(scaleQuestion("x", "trust"))));
        body.put("revision", revision);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put(SETS + "/" + id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.hrAdmin()).when().post(SETS + "/" + id + "/archive")
                .then().statusCode(409);
        read("who-5").body("questions.size()", equalTo(5)).body("archived", equalTo(false));
    }

    @Test
    void builtInSetCanBeCopiedAndAdapted() {
        String name = unique("Our WHO-5");
        String copyId = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .when().post(SETS + "/" + builtinId("who-5") + "/copies")
                .then().statusCode(201)
                .body("builtinKey", equalTo(null)).body("version", equalTo(1))
                .body("questions.size()", equalTo(5))
                .extract().path("id");
        Map<String, Object> body = new HashMap<>(questionSet(name, List.of(scaleQuestion("adapted", "wellbeing"))));
        body.put("revision", 0);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put(SETS + "/" + copyId).then().statusCode(200).body("questions.key", contains("adapted"));
        read("who-5").body("questions.size()", equalTo(5));
    }
}
