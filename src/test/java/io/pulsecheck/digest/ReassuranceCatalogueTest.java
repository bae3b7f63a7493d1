package io.pulsecheck.digest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** HR extends the curated reassurance catalogue over REST: validated, audited, built-in wording left alone. */
@QuarkusTest
class ReassuranceCatalogueTest {

    private static final String PATH = "/api/v1/reassurance-catalogue";

    @AfterEach
    void cleanUp() {
        QuarkusTransaction.requiringNew().run(() -> ReassuranceEntry.deleteAll());
    }

    private static Map<String, Object> entry(List<String> signals, String en, String de) {
        return Map.of("signals", signals, "text", Map.of("en", en, "de", de));
    }

    private static String create(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void listsTheCuratedSuggestionsFollowedByHrEntries() {
        String id = create(entry(List.of("stress_rise"), "Cancel one recurring meeting.", "Streichen Sie ein Regeltermin."));

        given().auth().oauth2(TestTokens.hrAdmin()).when().get(PATH).then().statusCode(200)
                .body("[0].id", equalTo("share-what-is-known")).body("[0].builtIn", equalTo(true))
                .body("[-1].id", equalTo(id)).body("[-1].builtIn", equalTo(false))
                .body("[-1].signals", containsInAnyOrder("stress_rise"))
                .body("[-1].text.de", equalTo("Streichen Sie ein Regeltermin."));
    }

    @Test
    void refusesUnknownSignalsAndMissingLanguagesNamingEachFieldAndStoresNothing() {
        long audited = Rows.count("select count(*) from audit_event where action like 'reassurance_entry.%'");
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("signals", List.of("transparency_drop", "morale_boost"), "text", Map.of("en", "Talk.")))
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("signals[1]", "text.de"));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("signals", List.of(), "text", Map.of("en", "x".repeat(501), "de", "Reden.", "fr", "Parler.")))
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("signals", "text.en", "text.fr"));

        assertEquals(0, Rows.count("select count(*) from reassurance_entry"));
        assertEquals(audited, Rows.count("select count(*) from audit_event where action like 'reassurance_entry.%'"));
    }

    @Test
    void recordsEveryChangeInTheAuditLog() {
        String id = create(entry(List.of("steady"), "Thank the team.", "Danken Sie dem Team."));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(entry(List.of("steady", "wellbeing_drop"), "Thank the team by name.", "Danken Sie dem Team namentlich."))
                .when().put(PATH + "/{id}", id).then().statusCode(200).body("signals", containsInAnyOrder("steady", "wellbeing_drop"));
        given().auth().oauth2(TestTokens.hrAdmin()).when().delete(PATH + "/{id}", id).then().statusCode(204);

        assertEquals(3, Rows.count("select count(*) from audit_event where target_id = cast(?1 as uuid) and action in"
                + " ('reassurance_entry.created', 'reassurance_entry.updated', 'reassurance_entry.deleted')", id));
        given().auth().oauth2(TestTokens.hrAdmin()).when().get(PATH).then().body("id", not(hasItem(id)));
    }

    @Test
    void leavesTheCuratedSuggestionsUnchangeable() {
        given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(entry(List.of("steady"), "Other.", "Anders."))
                .when().put(PATH + "/open-qa").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
        given().auth().oauth2(TestTokens.hrAdmin()).when().delete(PATH + "/open-qa").then().statusCode(400);
    }

    @Test
    void isForHrOnly() {
        given().auth().oauth2(TestTokens.leader("someone@example.com")).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(TestTokens.leader("someone@example.com")).contentType(ContentType.JSON)
                .body(entry(List.of("steady"), "Thank the team.", "Danken Sie dem Team.")).when().post(PATH).then()
                .statusCode(403);
        assertEquals(0, Rows.count("select count(*) from reassurance_entry"));
    }
}
