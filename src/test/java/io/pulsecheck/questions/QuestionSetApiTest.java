package io.pulsecheck.questions;

import static io.pulsecheck.testing.AdminFixtures.createQuestionSet;
import static io.pulsecheck.testing.AdminFixtures.createSchedule;
import static io.pulsecheck.testing.AdminFixtures.createTeam;
import static io.pulsecheck.testing.AdminFixtures.questionSet;
import static io.pulsecheck.testing.AdminFixtures.scaleQuestion;
import static io.pulsecheck.testing.AdminFixtures.unique;
import static io.pulsecheck.testing.AdminFixtures.weeklySchedule;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.AnsweredCycleFixtures;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class QuestionSetApiTest {

    private static final String SETS = "/api/v1/question-sets";

    @Inject
    AnsweredCycleFixtures checkIns;

    private static ValidatableResponse read(String id) {
        return given().auth().oauth2(TestTokens.hrAdmin()).when().get(SETS + "/" + id).then();
    }

    private static ValidatableResponse put(String id, Object body) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put(SETS + "/" + id).then();
    }

    private static Map<String, Object> withRevision(Map<String, Object> body, long revision) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put("revision", revision);
        return copy;
    }

    @Test
    void createsQuestionSetWithOrderedMultilingualQuestions() {
        String name = unique("Pulse");
        Map<String, Object> choice = Map.of("key", "workload", "type", "single_choice", "dimension", "workload",
                "text", Map.of("en", "Workload?", "de", "Arbeitslast?"),
                "choices", List.of(Map.of("value", "low", "label", Map.of("en", "Low", "de", "Niedrig")),
                        Map.of("value", "high", "label", Map.of("en", "High", "de", "Hoch"))));
        String id = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(questionSet(name, List.of(scaleQuestion("calm", "stress"), choice)))
                .when().post(SETS)
                .then().statusCode(201)
                .body("version", equalTo(1)).body("used", equalTo(false))
                .extract().path("id");

        read(id).statusCode(200)
                .body("name", equalTo(name))
                .body("defaultLocale", equalTo("en"))
                .body("questions.key", contains("calm", "workload"))
                .body("questions.position", contains(1, 2))
                .body("questions[0].text.de", equalTo("Wie ist calm?"))
                .body("questions[0].scaleLabels.high.en", equalTo("High"))
                .body("questions[1].choices.value", contains("low", "high"));
    }

    @Test
    void namesEachInvalidQuestionFieldAndCreatesNothing() {
        String name = unique("Broken");
        Map<String, Object> noDefaultLocale = Map.of("key", "a", "type", "scale_1_5", "dimension", "stress",
                "text", Map.of("de", "Nur Deutsch"));
        Map<String, Object> choicesOnScale = Map.of("key", "b", "type", "scale_0_10", "dimension", "enps",
                "text", Map.of("en", "B"), "choices", List.of(Map.of("value", "x", "label", Map.of("en", "X")),
                        Map.of("value", "y", "label", Map.of("en", "Y"))));
        Map<String, Object> badKey = Map.of("key", "Bad Key", "type", "yes_no", "dimension", "trust",
                "text", Map.of("en", "C"));
        Map<String, Object> oneChoice = Map.of("key", "d", "type", "single_choice", "dimension", "workload",
                "text", Map.of("en", "D"), "choices", List.of(Map.of("value", "x", "label", Map.of("en", "X"))));
        Map<String, Object> reversedText = Map.of("key", "e", "type", "free_text", "dimension", "comment",
                "reverseScored", true, "text", Map.of("en", "E"));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(questionSet(name, List.of(noDefaultLocale, choicesOnScale, badKey, oneChoice, reversedText)))
                .when().post(SETS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("questions[2].key"));

        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(questionSet(name, List.of(noDefaultLocale, choicesOnScale, oneChoice, reversedText)))
                .when().post(SETS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("questions[0].text", "questions[1].choices", "questions[2].choices",
                        "questions[3].reverseScored"));

        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 200).when().get(SETS)
                .then().statusCode(200).body("items.name", not(hasItem(name)));
    }

    @Test
    void namesMissingNameAndEmptyQuestions() {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("defaultLocale", "english", "questions", List.of()))
                .when().post(SETS)
                .then().statusCode(400)
                .body("errors.field", hasItems("name", "defaultLocale", "questions"));
    }

    @Test
    void namesUnknownQuestionType() {
        Map<String, Object> question = Map.of("key", "a", "type", "scale_1_7", "dimension", "stress",
                "text", Map.of("en", "A"));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(questionSet(unique("Types"), List.of(question)))
                .when().post(SETS)
                .then().statusCode(400).body("errors.field", hasItem("questions[0].type"));
    }

    @Test
    void editingUnusedSetReplacesTheCurrentVersion() {
        String id = createQuestionSet(unique("Draft"));
        int revision = read(id).extract().path("revision");
        String renamed = unique("Draft renamed");
        put(id, withRevision(questionSet(renamed, List.of(scaleQuestion("only", "trust"))), revision))
                .statusCode(200)
                .body("version", equalTo(1))
                .body("currentVersion", equalTo(1))
                .body("questions.key", contains("only"));
        read(id).body("name", equalTo(renamed)).body("questions.key", contains("only"));
    }

    @Test
    void editingUsedSetCreatesNextVersionAndKeepsOldReadable() {
        String name = unique("Used");
        String id = createQuestionSet(name);
        String teamId = createTeam(unique("Team"), List.of());
        String scheduleId = createSchedule(weeklySchedule(teamId, id));
        checkIns.openCycle(UUID.fromString(scheduleId), LocalDate.of(2026, 3, 2));
        int revision = read(id).body("used", equalTo(true)).extract().path("revision");

        put(id, withRevision(questionSet(name, List.of(scaleQuestion("new_item", "trust"))), revision))
                .statusCode(200)
                .body("version", equalTo(2))
                .body("currentVersion", equalTo(2))
                .body("used", equalTo(false))
                .body("questions.key", contains("new_item"));

        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("version", 1).when().get(SETS + "/" + id)
                .then().statusCode(200)
                .body("version", equalTo(1)).body("used", equalTo(true))
                .body("questions.key", contains("q_one", "q_two"));
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(SETS + "/" + id + "/versions")
                .then().statusCode(200)
                .body("version", contains(1, 2)).body("used", contains(true, false));
    }

    @Test
    void refusesStaleRevision() {
        String name = unique("Stale");
        String id = createQuestionSet(name);
        int revision = read(id).extract().path("revision");
        put(id, withRevision(questionSet(name, List.of(scaleQuestion("first", "trust"))), revision)).statusCode(200);
        put(id, withRevision(questionSet(name, List.of(scaleQuestion("second", "trust"))), revision))
                .statusCode(409).contentType("application/problem+json");
        read(id).body("questions.key", contains("first"));
    }

    @Test
    void updateWithoutRevisionNamesTheField() {
        String name = unique("NoRevision");
        String id = createQuestionSet(name);
        put(id, questionSet(name, List.of(scaleQuestion("x", "trust"))))
                .statusCode(400).body("errors.field", hasItem("revision"));
    }

    @Test
    void archivedSetIsHiddenFromListAndCannotBeChanged() {
        String name = unique("Archive me");
        String id = createQuestionSet(name);
        given().auth().oauth2(TestTokens.hrAdmin()).when().post(SETS + "/" + id + "/archive")
                .then().statusCode(200).body("archived", equalTo(true));
        int revision = read(id).statusCode(200).extract().path("revision");
        put(id, withRevision(questionSet(name, List.of(scaleQuestion("x", "trust"))), revision)).statusCode(409);
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 200).when().get(SETS)
                .then().body("items.id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 200).queryParam("builtin", false)
                .queryParam("includeArchived", true).when().get(SETS)
                .then().body("items.id", hasItem(id));
    }

    @Test
    void unknownVersionIsNotFound() {
        String id = createQuestionSet(unique("Versions"));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("version", 9).when().get(SETS + "/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listIsPagedAndSortedByName() {
        String prefix = unique("Sorted");
        createQuestionSet(prefix + " b");
        createQuestionSet(prefix + " a");
        // Other tests share the database, so walk every page: the order must hold across pages too.
        List<String> names = new java.util.ArrayList<>();
        for (int page = 0;; page++) {
            List<String> items = given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 50)
                    .queryParam("page", page).queryParam("builtin", false).when().get(SETS)
                    .then().statusCode(200).extract().path("items.name");
            if (items.isEmpty()) {
                break;
            }
            names.addAll(items);
        }
        List<String> mine = names.stream().filter(n -> n.startsWith(prefix)).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(prefix + " a", prefix + " b"), mine);
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 1).when().get(SETS)
                .then().statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 0).when().get(SETS)
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void leaderCannotReadOrWriteQuestionSets() {
        given().auth().oauth2(TestTokens.leader("lead@example.com")).when().get(SETS)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.leader("lead@example.com")).contentType(ContentType.JSON)
                .body(questionSet(unique("Nope"), List.of(scaleQuestion("x", "trust"))))
                .when().post(SETS).then().statusCode(403);
    }
}
