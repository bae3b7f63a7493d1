package io.pulsecheck.teams;

import static io.pulsecheck.testing.AdminFixtures.addMember;
import static io.pulsecheck.testing.AdminFixtures.createPerson;
import static io.pulsecheck.testing.AdminFixtures.createTeam;
import static io.pulsecheck.testing.AdminFixtures.unique;
import static io.pulsecheck.testing.AdminFixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Listing teams runs as many SQL statements for a page of two teams as for a page of twelve. */
@QuarkusTest
class TeamListQueriesTest {

    private static final int TEAMS = 12;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void listsTeamsWithoutOneQueryPerTeam() {
        String department = createTeam(unique("Department"), List.of());
        for (int i = 0; i < TEAMS; i++) {
            String team = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                    .body(Map.of("name", unique("Team"), "parentId", department,
                            "leaderIds", List.of(createPerson(uniqueEmail(), "Europe/Berlin"))))
                    .when().post("/api/v1/teams")
                    .then().statusCode(201).extract().path("id");
            addMember(team, createPerson(uniqueEmail(), "Europe/Berlin"));
        }

        assertEquals(statementsToList(department, 2), statementsToList(department, TEAMS));
    }

    private long statementsToList(String department, int size) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            given().auth().oauth2(TestTokens.hrAdmin()).queryParam("parentId", department).queryParam("size", size)
                    .when().get("/api/v1/teams")
                    .then().statusCode(200)
                    .body("items", hasSize(size))
                    .body("items.memberCount", everyItem(equalTo(1)))
                    .body("items.leaders", everyItem(hasSize(1)));
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
