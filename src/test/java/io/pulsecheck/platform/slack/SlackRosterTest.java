package io.pulsecheck.platform.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.pulsecheck.platform.slack.SlackWorkspaces.API;
import static io.pulsecheck.platform.slack.SlackWorkspaces.slack;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.platform.slack.SlackWorkspaces.Workspace;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The roster by email: HR enters Slack people with only an email, and the sync finds their member ids. */
@QuarkusTest
class SlackRosterTest {

    @Inject
    SlackRosterSync roster;

    @Test
    void resolvesAnEmailOnlyPersonInTheWorkspaceThatKnowsThem() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.install(workspace);
        String email = SlackWorkspaces.email();
        String memberId = SlackWorkspaces.unique("U");
        SlackWorkspaces.member(workspace, email, memberId);
        UUID person = SlackWorkspaces.emailOnlyPerson(email, "en");

        roster.sync();

        assertEquals(1L, Rows.count("""
                select count(*) from slack_member where person_id = ?1 and team_id = ?2 and member_id = ?3
                and status = 'resolved'""", person, workspace.teamId(), memberId));
        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/slack/unresolved")
                .then().statusCode(200).body("personId", not(hasItem(person.toString())));
    }

    @Test
    void listsPeopleSlackCannotFindToHrWithTheReason() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.install(workspace);
        SlackWorkspaces.nobodyElse(workspace);
        String email = SlackWorkspaces.email();
        UUID person = SlackWorkspaces.emailOnlyPerson(email, "en");

        roster.sync();

        String reason = given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/slack/unresolved")
                .then().statusCode(200).extract()
                .path("find { it.personId == '" + person + "' }.reason");
        assertTrue(reason.startsWith("no active Slack account with this email ("), reason);
        assertTrue(reason.contains(workspace.teamId() + ": users_not_found"), reason);
    }

    @Test
    void looksUpAgainAtOnceWhenTheEmailChanges() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.install(workspace);
        SlackWorkspaces.nobodyElse(workspace);
        UUID person = SlackWorkspaces.emailOnlyPerson(SlackWorkspaces.email(), "en");
        roster.sync();
        String corrected = SlackWorkspaces.email();
        String memberId = SlackWorkspaces.unique("U");
        SlackWorkspaces.member(workspace, corrected, memberId);

        QuarkusTransaction.requiringNew().run(() -> {
            io.pulsecheck.teams.Person p = io.pulsecheck.teams.Person.findById(person);
            p.email = corrected;
        });
        roster.sync();

        assertEquals(1L, Rows.count("select count(*) from slack_member where person_id = ?1 and member_id = ?2",
                person, memberId));
    }

    @Test
    void stopsAtSlacksRateLimitAndLeavesThePersonForTheNextSync() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.install(workspace);
        slack().stubFor(post(urlEqualTo(API + "/users.lookupByEmail")).atPriority(1)
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + workspace.token()))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
        UUID person = SlackWorkspaces.emailOnlyPerson(SlackWorkspaces.email(), "en");

        SlackRosterSync.Result result = roster.sync();

        assertTrue(result.rateLimited());
        assertEquals(0L, Rows.count("select count(*) from slack_member where person_id = ?1", person));
        slack().removeStub(slack().getStubMappings().stream()
                .filter(stub -> stub.getPriority() != null && stub.getPriority() == 1).findFirst().orElseThrow());
    }

    @Test
    void peopleApiAcceptsASlackPersonWithOnlyAnEmailButNotWithNeither() {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "No Identity", "platform", "slack", "locale", "en",
                        "timeZone", "Europe/Berlin"))
                .when().post("/api/v1/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("platformUserId"));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Matter Most", "email", SlackWorkspaces.email(), "platform", "mattermost",
                        "locale", "en", "timeZone", "Europe/Berlin"))
                .when().post("/api/v1/people")
                .then().statusCode(400).body("errors[0].field", equalTo("platformUserId"));

        UUID person = SlackWorkspaces.emailOnlyPerson(SlackWorkspaces.email(), "de");

        given().auth().oauth2(TestTokens.hrAdmin()).when().get("/api/v1/people/" + person)
                .then().statusCode(200).body("platform", equalTo("slack"));
    }

    @Test
    void rosterImportAcceptsEmailOnlySlackRows() {
        String team = SlackWorkspaces.unique("Team ");
        String first = SlackWorkspaces.email();
        String second = SlackWorkspaces.email();
        String csv = "display_name,email,platform,platform_user_id,team,time_zone\n"
                + "Ada Slack," + first + ",slack,," + team + ",Europe/Berlin\n"
                + "Ben Slack," + second + ",slack,," + team + ",Europe/Berlin\n";

        given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/csv").queryParam("createTeams", true)
                .body(csv).when().post("/api/v1/people/import")
                .then().statusCode(200).body("peopleCreated", equalTo(2));

        assertEquals(2L, Rows.count("""
                select count(*) from person where lower(email) in (?1, ?2) and platform = 'slack'
                and platform_user_id is null""", first, second));
    }

    @Test
    void rosterImportStillNeedsAUserIdForPlatformsThatCannotFindPeopleByEmail() {
        String csv = "display_name,email,platform,platform_user_id,team,time_zone\n"
                + "Cleo Matter," + SlackWorkspaces.email() + ",mattermost,,Any,Europe/Berlin\n";

        given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/csv").queryParam("createTeams", true)
                .body(csv).when().post("/api/v1/people/import")
                .then().statusCode(400).body("errors.field", hasItem("line[2].platform_user_id"));
    }

    @Test
    void erasingAPersonDeletesWhatSlackToldUsAboutThem() {
        Workspace workspace = SlackWorkspaces.workspace();
        SlackWorkspaces.install(workspace);
        String email = SlackWorkspaces.email();
        SlackWorkspaces.member(workspace, email, SlackWorkspaces.unique("U"));
        UUID person = SlackWorkspaces.emailOnlyPerson(email, "en");
        roster.sync();

        given().auth().oauth2(TestTokens.hrAdmin()).when().delete("/api/v1/people/" + person)
                .then().statusCode(204);

        assertEquals(0L, Rows.count("select count(*) from slack_member where person_id = ?1", person));
        assertEquals(0L, Rows.count("select count(*) from slack_member where lower(looked_up_email) = lower(?1)",
                email));
    }
}
