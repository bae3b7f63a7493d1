package io.pulsecheck.responses;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.testing.AdminFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The people who may answer a cycle are those invited when it opened. HR adding someone to a small team while a
 * check-in runs (say, two people whose answers HR knows, beside a target) changes nothing for that check-in.
 */
@QuarkusTest
class FrozenInvitedSetTest {

    @Inject
    SealingService sealing;

    @Test
    void someoneAddedToTheTeamDuringACycleCannotAnswerIt() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 3);
        String newcomer = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("person", AdminFixtures.person("Nora Neu", AdminFixtures.uniqueEmail(), "Europe/Berlin")))
                .when().post("/api/v1/teams/{id}/members", checkin.teamId())
                .then().statusCode(201).extract().path("id");

        ApiException refused = assertThrows(ApiException.class, () -> seal(checkin, UUID.fromString(newcomer)));

        assertEquals(403, refused.problem().status());
        assertEquals(0, Pending.count(checkin.cycleId()));
    }

    @Test
    void someoneRemovedFromTheTeamDuringACycleCanStillAnswerIt() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("slack", 3);
        UUID leaving = checkin.member(0).id();
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().delete("/api/v1/teams/{id}/members/{person}", checkin.teamId(), leaving)
                .then().statusCode(204);

        assertEquals(SealingService.Outcome.SEALED, seal(checkin, leaving));
        assertEquals(1, Pending.count(checkin.cycleId()));
    }

    private SealingService.Outcome seal(Checkin checkin, UUID personId) {
        return QuarkusTransaction.requiringNew().call(() -> sealing.seal(new Submission(checkin.cycleId(), personId,
                List.of(new Submission.RawAnswer(checkin.scale(), "3", "answers[0]")), null)));
    }
}
