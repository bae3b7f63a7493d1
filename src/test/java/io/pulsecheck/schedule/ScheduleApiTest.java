package io.pulsecheck.schedule;

import static io.pulsecheck.testing.AdminFixtures.addMember;
import static io.pulsecheck.testing.AdminFixtures.createPerson;
import static io.pulsecheck.testing.AdminFixtures.createQuestionSet;
import static io.pulsecheck.testing.AdminFixtures.createSchedule;
import static io.pulsecheck.testing.AdminFixtures.createTeam;
import static io.pulsecheck.testing.AdminFixtures.questionSet;
import static io.pulsecheck.testing.AdminFixtures.scaleQuestion;
import static io.pulsecheck.testing.AdminFixtures.unique;
import static io.pulsecheck.testing.AdminFixtures.uniqueEmail;
import static io.pulsecheck.testing.AdminFixtures.weeklySchedule;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.SqlStatementLog;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ScheduleApiTest {

    private static final String SCHEDULES = "/api/v1/schedules";

    // Hibernate's SQL for loading teams by id on their own, as lazy associations do (singly or in batches).
    private static final Pattern TEAMS_BY_ID = Pattern.compile("from team \\w+ where \\w+\\.id\\b");

    @Inject
    TestClock clock;

    @Inject
    @PersistenceUnitExtension
    SqlStatementLog sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> newSchedule() {
        return weeklySchedule(createTeam(unique("Team"), List.of()), createQuestionSet(unique("Set")));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(SCHEDULES).then();
    }

    private static ValidatableResponse preview(String id, String from, String to) {
        return given().auth().oauth2(TestTokens.hrAdmin()).queryParam("from", from).queryParam("to", to)
                .when().get(SCHEDULES + "/" + id + "/preview").then();
    }

    @Test
    void createsScheduleWithDefaultsAndNextCycle() {
        clock.setInstant(Instant.parse("2026-03-25T12:00:00Z"));
        Map<String, Object> body = newSchedule();
        body.put("reminderAfterHours", 24);
        String id = createSchedule(body);
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(SCHEDULES + "/" + id)
                .then().statusCode(200)
                .body("cadence", equalTo("weekly")).body("weekday", equalTo("MONDAY"))
                .body("localTime", equalTo("09:00:00")).body("timeZone", equalTo("Europe/Berlin"))
                .body("skipWeekends", equalTo(true)).body("holidayRegion", equalTo("DE-BY"))
                .body("reminderAfterHours", equalTo(24)).body("channel", equalTo("slack"))
                .body("startsOn", equalTo("2026-03-25")).body("nextCycleDate", equalTo("2026-03-30"))
                .body("paused", equalTo(false));
    }

    @Test
    void pausesAndResumes() {
        String id = createSchedule(newSchedule());
        given().auth().oauth2(TestTokens.hrAdmin()).when().post(SCHEDULES + "/" + id + "/pause")
                .then().statusCode(200).body("paused", equalTo(true)).body("nextCycleDate", nullValue());
        given().auth().oauth2(TestTokens.hrAdmin()).when().post(SCHEDULES + "/" + id + "/resume")
                .then().statusCode(200).body("paused", equalTo(false));
    }

    @Test
    void namesEachInvalidField() {
        Map<String, Object> body = newSchedule();
        body.remove("weekday");
        body.put("cron", "0 0 9 ? * MON");
        body.put("holidayRegion", "DE-XX");
        body.put("rotationSize", 9);
        body.put("reminderAfterHours", 72);
        post(body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("weekday", "cron", "holidayRegion", "rotationSize", "reminderAfterHours"));

        Map<String, Object> fields = newSchedule();
        fields.put("timeZone", "Berlin");
        fields.put("cycleLengthDays", 0);
        fields.remove("localTime");
        post(fields).statusCode(400).body("errors.field", hasItems("timeZone", "cycleLengthDays", "localTime"));
    }

    @Test
    void refusesARotationNoPromptCanHoldNamingTheLimit() {
        List<Map<String, Object>> questions = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            questions.add(scaleQuestion("q" + i, "wellbeing"));
        }
        String setId = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(questionSet(unique("Fifty"), questions)).when().post("/api/v1/question-sets")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> body = weeklySchedule(createTeam(unique("Team"), List.of()), setId);
        body.put("rotationSize", 50);

        post(body).statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'rotationSize' }.message",
                        containsString("must be at most 46, the most questions one prompt can hold (Slack allows 50 blocks"));

        body.put("rotationSize", 46);
        post(body).statusCode(201);
    }

    @Test
    void cronCadenceNeedsValidExpression() {
        Map<String, Object> body = newSchedule();
        body.put("cadence", "cron");
        body.put("cron", "every monday");
        post(body).statusCode(400).body("errors.field", contains("cron"));
        body.put("cron", "0 0 9 ? * MON,THU");
        post(body).statusCode(201).body("weekday", nullValue()).body("cron", equalTo("0 0 9 ? * MON,THU"));
    }

    @Test
    void unknownChannelAndCadenceAreNamed() {
        Map<String, Object> body = newSchedule();
        body.put("channel", "fax");
        post(body).statusCode(400).body("errors.field", contains("channel"));
        body.put("channel", "slack");
        body.put("cadence", "daily");
        post(body).statusCode(400).body("errors.field", contains("cadence"));
    }

    @Test
    void unknownTeamAndQuestionSetAreNamed() {
        Map<String, Object> body = newSchedule();
        body.put("teamId", java.util.UUID.randomUUID().toString());
        body.put("questionSetId", java.util.UUID.randomUUID().toString());
        post(body).statusCode(400).body("errors.field", hasItems("teamId", "questionSetId"));
    }

    @Test
    void staleVersionConflicts() {
        Map<String, Object> body = newSchedule();
        String id = createSchedule(body);
        body.put("version", 0);
        body.put("rotationSize", 1);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put(SCHEDULES + "/" + id).then().statusCode(200).body("rotationSize", equalTo(1));
        body.put("rotationSize", 2);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().put(SCHEDULES + "/" + id).then().statusCode(409);
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(SCHEDULES + "/" + id)
                .then().body("rotationSize", equalTo(1));
    }

    @Test
    void leaderReadsOwnTeamsSchedulesOnly() {
        String email = uniqueEmail();
        String lead = createPerson(email, "Europe/Berlin");
        String setId = createQuestionSet(unique("Set"));
        String own = createSchedule(weeklySchedule(createTeam(unique("Own"), List.of(lead)), setId));
        String otherTeam = createTeam(unique("Other"), List.of());
        String other = createSchedule(weeklySchedule(otherTeam, setId));
        given().auth().oauth2(TestTokens.leader(email)).when().get(SCHEDULES + "/" + own).then().statusCode(200);
        given().auth().oauth2(TestTokens.leader(email)).when().get(SCHEDULES + "/" + other).then().statusCode(403);
        given().auth().oauth2(TestTokens.leader(email)).when().get(SCHEDULES + "/" + other + "/preview")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.leader(email)).queryParam("teamId", otherTeam).when().get(SCHEDULES)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.leader(email)).when().get(SCHEDULES)
                .then().statusCode(200).body("items.id", contains(own));
        given().auth().oauth2(TestTokens.leader(email)).when().post(SCHEDULES + "/" + own + "/pause")
                .then().statusCode(403);
    }

    @Test
    void previewStaysAtNineLocalAcrossSpringChangeAndSkipsEasterMonday() {
        String teamId = createTeam(unique("Berlin"), List.of());
        addMember(teamId, createPerson(uniqueEmail(), "Europe/Berlin"));
        addMember(teamId, createPerson(uniqueEmail(), "Europe/Berlin"));
        addMember(teamId, createPerson(uniqueEmail(), "America/New_York"));
        Map<String, Object> body = weeklySchedule(teamId, createQuestionSet(unique("Set")));
        body.put("startsOn", "2026-03-01");
        String id = createSchedule(body);

        preview(id, "2026-03-23", "2026-04-13").statusCode(200)
                .body("cycles.date", contains("2026-03-23", "2026-03-30", "2026-04-07", "2026-04-13"))
                .body("cycles[2].dueDate", equalTo("2026-04-06"))
                .body("cycles[2].movedBecause", contains("2026-04-06 Easter Monday"))
                .body("cycles[0].sends.timeZone", contains("America/New_York", "Europe/Berlin"))
                .body("cycles[0].sends.find { it.timeZone == 'Europe/Berlin' }.members", equalTo(2))
                .body("cycles.collect { it.sends.find { s -> s.timeZone == 'Europe/Berlin' }.localDateTime }",
                        contains("2026-03-23T09:00:00", "2026-03-30T09:00:00", "2026-04-07T09:00:00", "2026-04-13T09:00:00"))
                .body("cycles.collect { it.sends.find { s -> s.timeZone == 'Europe/Berlin' }.instant }",
                        contains("2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z", "2026-04-07T07:00:00Z", "2026-04-13T07:00:00Z"))
                .body("cycles[0].sends.find { it.timeZone == 'America/New_York' }.instant",
                        equalTo("2026-03-23T13:00:00Z"));
    }

    @Test
    void previewStaysAtNineLocalAcrossAutumnChange() {
        Map<String, Object> body = newSchedule();
        body.put("startsOn", "2026-10-01");
        String id = createSchedule(body);
        preview(id, "2026-10-19", "2026-10-26").statusCode(200)
                .body("cycles.date", contains("2026-10-19", "2026-10-26"))
                .body("cycles.collect { it.sends[0].localDateTime }", contains("2026-10-19T09:00:00", "2026-10-26T09:00:00"))
                .body("cycles.collect { it.sends[0].instant }", contains("2026-10-19T07:00:00Z", "2026-10-26T08:00:00Z"));
    }

    @Test
    void previewRangeIsValidated() {
        String id = createSchedule(newSchedule());
        preview(id, "2026-04-01", "2026-03-01").statusCode(400).body("errors.field", contains("to"));
        preview(id, "yesterday", "2026-03-01").statusCode(400).body("errors.field", contains("from"));
        preview(id, "2026-01-01", "2027-06-01").statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void readingAScheduleNamesItsTeam() {
        String teamName = unique("Named");
        String id = createSchedule(weeklySchedule(createTeam(teamName, List.of()), createQuestionSet(unique("Set"))));

        given().auth().oauth2(TestTokens.hrAdmin()).when().get(SCHEDULES + "/" + id)
                .then().statusCode(200).body("teamName", equalTo(teamName));
    }

    @Test
    void listNamesEachScheduleTeam() {
        String email = uniqueEmail();
        String lead = createPerson(email, "Europe/Berlin");
        String setId = createQuestionSet(unique("Set"));
        String firstName = unique("First");
        String secondName = unique("Second");
        String first = createTeam(firstName, List.of(lead));
        createSchedule(weeklySchedule(first, setId));
        createSchedule(weeklySchedule(createTeam(secondName, List.of(lead)), setId));

        given().auth().oauth2(TestTokens.leader(email)).when().get(SCHEDULES)
                .then().statusCode(200).body("items.teamName", containsInAnyOrder(firstName, secondName));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("teamId", first).when().get(SCHEDULES)
                .then().statusCode(200).body("items.teamName", contains(firstName));
    }

    @Test
    void listLoadsTeamsWithTheSchedulesNotOneByOne() {
        String setId = createQuestionSet(unique("Set"));
        createSchedule(weeklySchedule(createTeam(unique("One"), List.of()), setId));
        createSchedule(weeklySchedule(createTeam(unique("Two"), List.of()), setId));

        sql.start();
        JsonPath page;
        try {
            page = given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 20).when().get(SCHEDULES)
                    .then().statusCode(200).body("items.teamName", everyItem(notNullValue())).extract().jsonPath();
        } finally {
            List<String> statements = sql.stop();
            assertFalse(statements.stream().anyMatch(statement -> TEAMS_BY_ID.matcher(statement).find()),
                    () -> "teams were loaded apart from their schedules: " + statements);
        }
        assertFalse(page.getList("items").isEmpty());
    }

    @Test
    void leaderGetsTheSameRefusalForUnknownAndOtherTeamsSchedule() {
        String email = uniqueEmail();
        createTeam(unique("Own"), List.of(createPerson(email, "Europe/Berlin")));
        String other = createSchedule(newSchedule());
        String unknown = UUID.randomUUID().toString();

        JsonPath otherTeams = given().auth().oauth2(TestTokens.leader(email)).when().get(SCHEDULES + "/" + other)
                .then().statusCode(403).contentType("application/problem+json").extract().jsonPath();
        JsonPath missing = given().auth().oauth2(TestTokens.leader(email)).when().get(SCHEDULES + "/" + unknown)
                .then().statusCode(403).contentType("application/problem+json").extract().jsonPath();

        assertEquals(otherTeams.getString("type"), missing.getString("type"));
        assertEquals(otherTeams.getString("title"), missing.getString("title"));
        assertEquals(otherTeams.getString("detail"), missing.getString("detail"));
        given().auth().oauth2(TestTokens.leader(email)).when().get(SCHEDULES + "/" + unknown + "/preview")
                .then().statusCode(403).body("detail", equalTo(otherTeams.getString("detail")));
    }

    @Test
    void hrGetsNotFoundForUnknownSchedule() {
        String unknown = UUID.randomUUID().toString();

        given().auth().oauth2(TestTokens.hrAdmin()).when().get(SCHEDULES + "/" + unknown)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(SCHEDULES + "/" + unknown + "/preview")
                .then().statusCode(404);
    }
}
