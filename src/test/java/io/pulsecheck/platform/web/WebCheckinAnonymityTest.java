package io.pulsecheck.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.responses.PendingSubmissions;
import io.pulsecheck.schedule.SchedulerFixtures;
import io.pulsecheck.testing.JsonNumbers;
import io.pulsecheck.testing.ReleasedCycles;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The web path keeps every anonymity rule of the chat paths: answers land without identity and apart from the
 * receipt, nothing of them (or of the link) reaches the log, and nothing is reported before the cycle is released.
 */
@QuarkusTest
class WebCheckinAnonymityTest {

    private static final String COMMENT_MARKER = "web-comment-marker-7f3a";
    private static final String TEXT_MARKER = "web-free-text-marker-19c2";

    @Inject
    WebCheckins checkins;

    @Inject
    LinkTokens tokens;

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    PendingSubmissions pending;

    @Inject
    TestClock clock;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(parameter);
                }
            }
            if (record.getThrown() != null) {
                line.append(' ').append(record.getThrown());
            }
            logged.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        root.addHandler(capture);
    }

    @AfterEach
    void tearDown() {
        root.removeHandler(capture);
        clock.reset();
    }

    @Test
    void webAnswersAreStoredWithoutIdentityAndApartFromTheReceipts() {
        WebCheckins.Checkin checkin = checkins.open(5, "en");
        clock.setInstant(WebCheckins.DURING);
        for (int i = 0; i < 5; i++) {
            submit(checkin, i, "3");
        }
        assertEquals(5, fixtures.count("select count(*) from receipt where cycle_id = ?1", checkin.cycleId()));
        // Sealed: ciphertext only until a batch of k is written out by a job of its own.
        assertEquals(0, fixtures.count("select count(*) from response where cycle_id = ?1", checkin.cycleId()));
        pending.flushDue();
        assertEquals(5, fixtures.count("select count(*) from response where cycle_id = ?1", checkin.cycleId()));
        // No readable answer row was written in a transaction that wrote a receipt.
        assertEquals(0, fixtures.count("""
                select count(*) from response r join receipt c on c.xmin = r.xmin where r.cycle_id = ?1""",
                checkin.cycleId()));
        // No stored answer carries the person's id, email or the link.
        for (int i = 0; i < 5; i++) {
            UUID member = checkin.members().get(i);
            assertEquals(0, fixtures.count("""
                    select count(*) from response r where r.cycle_id = ?1 and (r::text like ?2 or exists
                      (select 1 from answer a where a.response_id = r.id and a::text like ?2))""",
                    checkin.cycleId(), "%" + member + "%"));
        }
    }

    @Test
    void nothingOfTheAnswersOrTheLinkReachesTheLog() {
        WebCheckins.Checkin checkin = checkins.open(1, "en");
        clock.setInstant(WebCheckins.DURING);
        String token = token(checkin, 0);
        logged.clear();
        given().when().get("/checkin/{token}", token).then().statusCode(200);
        // A refused one (a value out of range) and an accepted one.
        given().contentType(ContentType.URLENC).formParam("q-" + checkin.questions().get(0), "77")
                .formParam("comment", COMMENT_MARKER).when().post("/checkin/{token}", token).then().statusCode(400);
        given().contentType(ContentType.URLENC).formParam("q-" + checkin.questions().get(0), "4")
                .formParam("q-" + checkin.questions().get(3), TEXT_MARKER).formParam("comment", COMMENT_MARKER)
                .when().post("/checkin/{token}", token).then().statusCode(200);
        ReleasedCycles.release(checkin.cycleId());
        List<String> forbidden = List.of(COMMENT_MARKER, TEXT_MARKER, token.substring(0, 20), checkin.email(),
                checkin.member().toString());
        for (String line : logged) {
            for (String value : forbidden) {
                assertFalse(line.contains(value), "the log repeats " + value + ": " + line);
            }
        }
    }

    @Test
    void webAnswersOfAnOpenCheckInShowNothingUntilReleased() {
        WebCheckins.Checkin checkin = checkins.open(6, "en");
        String leader = leaderOf(checkin);
        clock.setInstant(WebCheckins.DURING);
        for (int i = 0; i < 6; i++) {
            submit(checkin, i, "5");
        }
        pending.flushDue();
        given().config(JsonNumbers.DOUBLES).auth().oauth2(TestTokens.leader(leader))
                .queryParam("from", "2021-03-01").queryParam("to", "2021-03-31")
                .when().get("/api/v1/teams/{id}/insights", checkin.teamId())
                .then().statusCode(200)
                .body("cycles[0].released", equalTo(false))
                .body("cycles[0].wellbeing.status", equalTo("not_released"))
                .body("cycles[0].respondents", equalTo(null));
        ReleasedCycles.release(checkin.cycleId());
        given().config(JsonNumbers.DOUBLES).auth().oauth2(TestTokens.leader(leader))
                .queryParam("from", "2021-03-01").queryParam("to", "2021-03-31")
                .when().get("/api/v1/teams/{id}/insights", checkin.teamId())
                .then().statusCode(200)
                .body("cycles[0].released", equalTo(true))
                .body("cycles[0].respondents", equalTo(6));
    }

    private void submit(WebCheckins.Checkin checkin, int member, String value) {
        given().contentType(ContentType.URLENC).formParam("q-" + checkin.questions().get(0), value)
                .when().post("/checkin/{token}", token(checkin, member)).then().statusCode(200);
    }

    private String token(WebCheckins.Checkin checkin, int member) {
        String link = tokens.issue(checkin.members().get(member), checkin.cycleId(),
                WebCheckins.AFTER_CLOSE.minusSeconds(3600));
        return link.substring(link.indexOf("/checkin/") + "/checkin/".length());
    }

    private String leaderOf(WebCheckins.Checkin checkin) {
        String email = "lead-" + UUID.randomUUID() + "@example.com";
        UUID leader = checkins.webMember(email, "en");
        fixtures.execute("insert into team_leader (team_id, person_id) values (?1, ?2)", checkin.teamId(), leader);
        return email;
    }

}
