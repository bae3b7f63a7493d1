package io.pulsecheck.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Creates administration data over the HTTP API, each with a unique name so tests never collide. */
public final class AdminFixtures {

    private AdminFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> scaleQuestion(String key, String dimension) {
        return Map.of("key", key, "type", "scale_1_5", "dimension", dimension,
                "text", Map.of("en", "How is " + key + "?", "de", "Wie ist " + key + "?"),
                "scaleLabels", Map.of("low", Map.of("en", "Low", "de", "Niedrig"), "high", Map.of("en", "High", "de", "Hoch")));
    }

    public static Map<String, Object> questionSet(String name, List<Map<String, Object>> questions) {
        return Map.of("name", name, "description", "for tests", "defaultLocale", "en", "questions", questions);
    }

    public static String createQuestionSet(String name) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(questionSet(name, List.of(scaleQuestion("q_one", "stress"), scaleQuestion("q_two", "transparency"))))
                .when().post("/api/v1/question-sets")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> person(String name, String email, String timeZone) {
        return Map.of("displayName", name, "email", email, "platform", "slack",
                "platformUserId", "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(),
                "locale", "de", "timeZone", timeZone);
    }

    public static String uniqueEmail() {
        return "p-" + UUID.randomUUID() + "@example.com";
    }

    public static String createPerson(String email, String timeZone) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(person(unique("Person"), email, timeZone))
                .when().post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
    }

    public static String createTeam(String name, List<String> leaderIds) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "leaderIds", leaderIds))
                .when().post("/api/v1/teams")
                .then().statusCode(201).extract().path("id");
    }

    public static void addMember(String teamId, String personId) {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("personId", personId))
                .when().post("/api/v1/teams/" + teamId + "/members")
                .then().statusCode(201);
    }

    public static Map<String, Object> weeklySchedule(String teamId, String setId) {
        return new java.util.HashMap<>(Map.of("teamId", teamId, "questionSetId", setId, "rotationSize", 2,
                "cadence", "weekly", "weekday", "MONDAY", "localTime", "09:00", "timeZone", "Europe/Berlin",
                "holidayRegion", "DE-BY", "cycleLengthDays", 3, "channel", "slack"));
    }

    public static String createSchedule(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/schedules")
                .then().statusCode(201).extract().path("id");
    }
}
