package io.pulsecheck.teams;

import static io.pulsecheck.testing.AdminFixtures.createPerson;
import static io.pulsecheck.testing.AdminFixtures.createTeam;
import static io.pulsecheck.testing.AdminFixtures.unique;
import static io.pulsecheck.testing.AdminFixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class RosterImportTest {

    private static final String HEADER = "display_name,email,platform,platform_user_id,team,locale,time_zone\n";

    private static ValidatableResponse importCsv(String csv) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/csv").body(csv)
                .when().post("/api/v1/people/import").then();
    }

    private static String userId() {
        return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static ValidatableResponse members(String teamId) {
        return given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 200)
                .when().get("/api/v1/teams/" + teamId + "/members").then().statusCode(200);
    }

    @Test
    void importsPeopleAndMemberships() {
        String teamName = unique("Imported");
        String teamId = createTeam(teamName, List.of());
        String ann = uniqueEmail();
        String csv = HEADER
                + "\"Ann, the first\"," + ann + ",slack," + userId() + "," + teamName + ",de,Europe/Berlin\n"
                + "Bob,," + "mattermost," + userId() + "," + teamName.toUpperCase() + ",,America/New_York\n";
        importCsv(csv).statusCode(200)
                .body("rows", equalTo(2)).body("peopleCreated", equalTo(2)).body("membershipsAdded", equalTo(2));
        members(teamId)
                .body("items.displayName", containsInAnyOrder("Ann, the first", "Bob"))
                .body("items.find { it.displayName == 'Bob' }.locale", equalTo("en"))
                .body("items.find { it.displayName == 'Bob' }.timeZone", equalTo("America/New_York"));
    }

    @Test
    void oneBadRowImportsNothingAndNamesTheRow() {
        String teamName = unique("AllOrNothing");
        String teamId = createTeam(teamName, List.of());
        String good = uniqueEmail();
        String csv = HEADER
                + "Good One," + good + ",slack," + userId() + "," + teamName + ",de,Europe/Berlin\n"
                + "Bad Zone," + uniqueEmail() + ",slack," + userId() + "," + teamName + ",de,Europe/Atlantis\n"
                + "Good Two," + uniqueEmail() + ",slack," + userId() + "," + teamName + ",en,Europe/Berlin\n";
        importCsv(csv).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("line[3].time_zone"))
                .body("detail", containsString("nothing was changed"));
        members(teamId).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.leader(good)).when().get("/api/v1/teams/" + teamId).then().statusCode(403);
    }

    @Test
    void namesEveryBadRowAndColumn() {
        String teamName = unique("Many");
        createTeam(teamName, List.of());
        String csv = HEADER
                + ",not-an-email,slack,," + teamName + ",German,Europe/Berlin\n"
                + "Ok," + uniqueEmail() + ",fax,123,No Such Team " + UUID.randomUUID() + ",de,Europe/Berlin\n"
                + "Short,row\n";
        importCsv(csv).statusCode(400)
                .body("errors.field", contains("line[2].display_name", "line[2].email", "line[2].locale",
                        "line[2].platform_user_id", "line[3].platform", "line[4]"));
    }

    @Test
    void unknownTeamIsAnErrorUnlessCreateTeamsIsSet() {
        String teamName = unique("Brand new");
        String csv = HEADER + "Cleo," + uniqueEmail() + ",slack," + userId() + "," + teamName + ",de,Europe/Berlin\n";
        importCsv(csv).statusCode(400).body("errors.field", contains("line[2].team"));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/csv").body(csv).queryParam("createTeams", true)
                .when().post("/api/v1/people/import")
                .then().statusCode(200).body("teamsCreated", equalTo(1)).body("membershipsAdded", equalTo(1));
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("size", 200).when().get("/api/v1/teams")
                .then().body("items.name", hasItem(teamName));
    }

    @Test
    void reimportUpdatesExistingPeopleInsteadOfDuplicating() {
        String teamName = unique("Again");
        String teamId = createTeam(teamName, List.of());
        String email = uniqueEmail();
        String chatId = userId();
        importCsv(HEADER + "Dana," + email + ",slack," + chatId + "," + teamName + ",de,Europe/Berlin\n")
                .statusCode(200).body("peopleCreated", equalTo(1));
        importCsv(HEADER + "Dana Renamed," + email + ",slack," + chatId + "," + teamName + ",en,Europe/Lisbon\n")
                .statusCode(200).body("peopleCreated", equalTo(0)).body("peopleUpdated", equalTo(1))
                .body("membershipsAdded", equalTo(0));
        members(teamId).body("total", equalTo(1))
                .body("items[0].displayName", equalTo("Dana Renamed"))
                .body("items[0].timeZone", equalTo("Europe/Lisbon"));
    }

    @Test
    void emailOfAnotherPersonIsARowError() {
        String teamName = unique("Clash");
        createTeam(teamName, List.of());
        String taken = uniqueEmail();
        createPerson(taken, "Europe/Berlin");
        importCsv(HEADER + "Eve," + taken + ",slack," + userId() + "," + teamName + ",de,Europe/Berlin\n")
                .statusCode(400).body("errors.field", contains("line[2].email"));
    }

    @Test
    void headerMustNameKnownColumns() {
        importCsv("name,team,time_zone\nX,Y,UTC\n").statusCode(400).body("errors.field", hasItem("line[1]"));
        importCsv("").statusCode(400).body("errors.field", contains("body"));
    }

    @Test
    void leaderCannotImport() {
        given().auth().oauth2(TestTokens.leader("lead@example.com")).contentType("text/csv").body(HEADER)
                .when().post("/api/v1/people/import").then().statusCode(403);
    }
}
