package io.pulsecheck.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.dashboard.DashboardSessionSupport;
import io.pulsecheck.replies.ReplyThreads;
import io.pulsecheck.schedule.SchedulerFixtures;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A reply thread that starts on the web check-in: the code is shown once on the thank-you page, the leader answers
 * in the dashboard, and the writer reads and answers on the conversation pages by posting the code.
 */
@QuarkusTest
class WebReplyThreadTest {

    private static final Pattern CODE = Pattern.compile("<code id=\"reply-code\">([A-Za-z0-9_-]{43})</code>");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern THREAD = Pattern.compile("data-thread=\"([0-9a-f-]{36})\"");
    private static final String SESSION = "pulsecheck_dashboard";

    @Inject
    WebCheckins checkins;

    @Inject
    LinkTokens tokens;

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    ReplyThreads threads;

    @Inject
    DashboardSessionSupport sessions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aThreadRoundTripsFromTheWebWriterThroughTheDashboardAndBack() {
        WebCheckins.Checkin checkin = checkins.open(3, "en");
        fixtures.execute("update cycle set comment_threshold = 3 where id = ?1", checkin.cycleId());
        clock.setInstant(WebCheckins.DURING);
        String thanks = submit(checkin, 0, "Please explain the reorganisation", true);
        Matcher code = CODE.matcher(thanks);
        assertTrue(code.find(), "the thank-you page shows the reply code");
        assertFalse(CODE.matcher(submit(checkin, 1, "All good", false)).find(), "no code without the box ticked");
        submit(checkin, 2, "Busy but fine", false);
        ReleasedCycles.release(checkin.cycleId());
        UUID leader = leaderOf(checkin);
        String cookie = sessions.signIn(leader);

        String page = teamPage(cookie, checkin);
        assertTrue(page.contains("Please explain the reorganisation"));
        Matcher thread = THREAD.matcher(page);
        assertTrue(thread.find(), "the comment inviting replies has a thread");
        Matcher csrf = CSRF.matcher(page);
        assertTrue(csrf.find());
        given().cookie(SESSION, cookie).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("body", "We publish the new structure on Friday, with a Q&A.")
                .formParam("csrf", csrf.group(1))
                .when().post("/dashboard/teams/{team}/comments/{comment}/replies", checkin.teamId(), thread.group(1))
                .then().statusCode(303);

        given().contentType(ContentType.URLENC).formParam("token", code.group(1)).when().post("/replies")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("Please explain the reorganisation"))
                .body(containsString("We publish the new structure on Friday, with a Q&amp;A."));
        given().contentType(ContentType.URLENC).formParam("token", code.group(1))
                .formParam("body", "Thanks, Friday is fine").when().post("/replies/messages")
                .then().statusCode(200).body(containsString("Thanks, Friday is fine"));

        assertFalse(teamPage(cookie, checkin).contains("Thanks, Friday is fine"),
                "the writer's answer waits for the daily release");
        threads.releaseWriterMessages();
        assertTrue(teamPage(cookie, checkin).contains("Thanks, Friday is fine"));
    }

    @Test
    void theCodePageAsksForTheCodeInAFormThatPostsIt() {
        given().when().get("/replies").then().statusCode(200)
                .header("Content-Security-Policy", containsString("form-action 'self'"))
                .body(containsString("<form method=\"post\" action=\"/replies\""))
                .body(containsString("name=\"token\""))
                .body(containsString("If you lose the code, nobody can give it back"))
                .body(not(containsString("<script")));
    }

    @Test
    void anUnknownCodeGetsAPageThatSaysSoAndChangesNothing() {
        long before = fixtures.count("select count(*) from thread_message");

        given().contentType(ContentType.URLENC).formParam("token", "A".repeat(43))
                .formParam("body", "hello").when().post("/replies/messages")
                .then().statusCode(404).body(containsString("No conversation for this code"));

        assertTrue(before == fixtures.count("select count(*) from thread_message"));
    }

    private String submit(WebCheckins.Checkin checkin, int member, String comment, boolean replies) {
        var request = given().contentType(ContentType.URLENC).formParam("q-" + checkin.questions().get(0), "3")
                .formParam("comment", comment);
        if (replies) {
            request = request.formParam("replies", "yes");
        }
        return request.when().post("/checkin/{token}", token(checkin, member)).then().statusCode(200).extract()
                .asString();
    }

    private String teamPage(String cookie, WebCheckins.Checkin checkin) {
        return given().cookie(SESSION, cookie).when().get("/dashboard/teams/{id}", checkin.teamId())
                .then().statusCode(200).extract().asString();
    }

    private String token(WebCheckins.Checkin checkin, int member) {
        String link = tokens.issue(checkin.members().get(member), checkin.cycleId(),
                WebCheckins.AFTER_CLOSE.minusSeconds(3600));
        return link.substring(link.indexOf("/checkin/") + "/checkin/".length());
    }

    private UUID leaderOf(WebCheckins.Checkin checkin) {
        UUID leader = checkins.webMember("lead-" + UUID.randomUUID() + "@example.com", "en");
        fixtures.execute("insert into team_leader (team_id, person_id) values (?1, ?2)", checkin.teamId(), leader);
        return leader;
    }
}
