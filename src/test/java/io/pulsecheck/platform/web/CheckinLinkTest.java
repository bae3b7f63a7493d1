package io.pulsecheck.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.schedule.SchedulerFixtures;
import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Links that must not work: forged, altered, for someone else's check-in, expired; and what a working one does with
 * bad input. Each refusal is a friendly page with the reason, and writes nothing.
 */
@QuarkusTest
class CheckinLinkTest {

    @Inject
    WebCheckins checkins;

    @Inject
    LinkTokens tokens;

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    @Test
    void refusesAForgedLinkWithAFriendlyPage() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        clock.setInstant(WebCheckins.DURING);
        String genuine = token(checkin.member(), checkin.cycleId());
        // The same claims signed with another key, and the genuine token with one character changed.
        String otherKey = genuine.substring(0, genuine.indexOf('.')) + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        char last = genuine.charAt(genuine.length() - 1);
        String altered = genuine.substring(0, genuine.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String forged : new String[] { otherKey, altered, "not-a-token", "x".repeat(500) }) {
            given().when().get("/checkin/{token}", forged)
                    .then().statusCode(404).contentType(ContentType.HTML)
                    .body(containsString("This link is not valid"))
                    .body(not(containsString("<form")));
            given().contentType(ContentType.URLENC).formParam("comment", "forged")
                    .when().post("/checkin/{token}", forged)
                    .then().statusCode(404);
        }
        assertNothingWritten(checkin);
    }

    @Test
    void refusesALinkToACheckInThePersonIsNotPartOf() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        WebCheckins.Checkin other = checkins.open(1, "en");
        clock.setInstant(WebCheckins.DURING);
        // Correctly signed, but binding the first member to the other team's cycle.
        String crossed = token(checkin.member(), other.cycleId());
        given().when().get("/checkin/{token}", crossed)
                .then().statusCode(403).body(containsString("This check-in is not for you"));
        given().contentType(ContentType.URLENC).formParam("q-" + other.questions().get(0), "3")
                .when().post("/checkin/{token}", crossed)
                .then().statusCode(403).body(containsString("This check-in is not for you"));
        assertNothingWritten(checkin);
        assertNothingWritten(other);
    }

    @Test
    void refusesAnExpiredLinkEvenBeforeTheCycleIsClosed() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        clock.setInstant(WebCheckins.AFTER_CLOSE);
        String token = token(checkin.member(), checkin.cycleId());
        given().when().get("/checkin/{token}", token)
                .then().statusCode(410).body(containsString("This link has expired"));
        given().contentType(ContentType.URLENC).formParam("q-" + checkin.questions().get(0), "3")
                .when().post("/checkin/{token}", token)
                .then().statusCode(410);
        assertNothingWritten(checkin);
    }

    @Test
    void refusesAnInvalidAnswerAndWritesNothing() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        clock.setInstant(WebCheckins.DURING);
        String token = token(checkin.member(), checkin.cycleId());
        given().contentType(ContentType.URLENC).formParam("q-" + checkin.questions().get(0), "99")
                .formParam("comment", "a comment")
                .when().post("/checkin/{token}", token)
                .then().statusCode(400).body(containsString("Your answers were not accepted"))
                .body(not(containsString("99"))).body(not(containsString("a comment")));
        assertNothingWritten(checkin);
        // The link still works afterwards.
        given().when().get("/checkin/{token}", token).then().statusCode(200).body(containsString("<form"));
    }

    @Test
    void servesPagesUnderAStrictContentSecurityPolicyAndNeverCached() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        clock.setInstant(WebCheckins.DURING);
        given().when().get("/checkin/{token}", token(checkin.member(), checkin.cycleId()))
                .then().statusCode(200)
                .header("Content-Security-Policy", equalTo(CheckinResource.CSP))
                .header("Cache-Control", equalTo("no-store"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Language", equalTo("en"))
                .body(containsString("<link rel=\"stylesheet\" href=\"/checkin-assets/checkin.css\">"))
                .body(not(containsString("<script")))
                .body(not(containsString(" style=\"")));
        given().when().get("/checkin-assets/checkin.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void pausesStopsResumesAndSwitchesLanguageLikeTheChatCommands() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        clock.setInstant(WebCheckins.DURING);
        String settings = "/checkin/" + token(checkin.member(), checkin.cycleId()) + "/preferences";

        given().contentType(ContentType.URLENC).formParam("action", "pause").formParam("days", "14")
                .when().post(settings).then().statusCode(200)
                .body(containsString("Check-ins are paused until 2021-04-05."));
        Person paused = person(checkin.member());
        assertEquals(Person.Status.paused, paused.status);

        given().contentType(ContentType.URLENC).formParam("action", "language").formParam("language", "de")
                .when().post(settings).then().statusCode(200).header("Content-Language", "de")
                .body(containsString("Ab jetzt sind Check-ins auf Deutsch."));
        assertEquals("de", person(checkin.member()).locale);

        given().contentType(ContentType.URLENC).formParam("action", "stop")
                .when().post(settings).then().statusCode(200).body(containsString("Sie werden nicht mehr gefragt"));
        assertEquals(Person.Status.opted_out, person(checkin.member()).status);

        given().contentType(ContentType.URLENC).formParam("action", "resume")
                .when().post(settings).then().statusCode(200).body(containsString("wieder eingeschaltet"));
        assertEquals(Person.Status.active, person(checkin.member()).status);

        given().contentType(ContentType.URLENC).formParam("action", "language").formParam("language", "fr")
                .when().post(settings).then().statusCode(400);
        assertEquals("de", person(checkin.member()).locale);
    }

    @Test
    void oneClickUnsubscribeStopsCheckIns() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        clock.setInstant(WebCheckins.DURING);
        String link = tokens.preferences(checkin.member());
        String path = link.substring(link.indexOf("/checkin/"));
        given().when().get(path).then().statusCode(200).body(containsString("Stop all check-ins"));
        assertEquals(Person.Status.active, person(checkin.member()).status);
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .when().post(path).then().statusCode(200);
        assertEquals(Person.Status.opted_out, person(checkin.member()).status);
        // A settings link never opens the check-in form.
        given().when().get(path.replace("/unsubscribe", "")).then().statusCode(404);
    }

    private String token(UUID person, UUID cycle) {
        String link = tokens.issue(person, cycle, WebCheckins.AFTER_CLOSE.minusSeconds(3600));
        return link.substring(link.indexOf("/checkin/") + "/checkin/".length());
    }

    private Person person(UUID id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Person.findById(id));
    }

    private void assertNothingWritten(WebCheckins.Checkin checkin) {
        assertEquals(0, fixtures.count("select count(*) from receipt where cycle_id = ?1", checkin.cycleId()));
        assertEquals(0, fixtures.count("select count(*) from sealed_submission where cycle_id = ?1", checkin.cycleId()));
        assertEquals(Person.Status.active, person(checkin.member()).status);
    }

}
