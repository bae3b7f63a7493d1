package io.pulsecheck.platform.teams;

import static io.pulsecheck.platform.teams.TeamsActivities.send;
import static io.pulsecheck.testing.SignedRequests.fullAnswers;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pulsecheck.common.security.Roles;
import io.pulsecheck.testing.FakeMicrosoft;
import io.pulsecheck.testing.OpenCheckInFixtures;
import io.pulsecheck.testing.OpenCheckInFixtures.Checkin;
import io.pulsecheck.testing.Pending;
import io.pulsecheck.testing.Rows;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The anonymity invariants of the Slack path hold on the Teams path too (docs/ANONYMITY.md). */
@QuarkusTest
class TeamsAnonymityTest {

    @BeforeEach
    void freshMicrosoft() {
        FakeMicrosoft.stub();
    }

    @Test
    void anonymousRowsCarryNothingOfTheTeamsIdentity() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());
        send(TeamsActivities.install(member)).then().statusCode(200);

        send(TeamsActivities.submit(member, checkin.cycleId(), fullAnswers(checkin), "More coffee please", "card-9"))
                .then().statusCode(200);
        Pending.flush(checkin.cycleId());

        String anonymous = Rows.list("""
                select coalesce((select string_agg(r::text, '|') from response r where r.cycle_id = ?1), '')
                    || coalesce((select string_agg(a::text, '|') from answer a join response r on r.id = a.response_id
                                 where r.cycle_id = ?1), '')
                    || coalesce((select string_agg(f::text, '|') from free_text_answer f where f.cycle_id = ?1), '')
                    || coalesce((select string_agg(c::text, '|') from response_comment c where c.cycle_id = ?1), '')
                """, checkin.cycleId()).get(0)[0].toString();
        assertThat(anonymous, containsString("More coffee please"));
        for (String identity : List.of(checkin.member(0).id().toString(), member.objectId(), member.teamsId(),
                member.conversationId(), FakeMicrosoft.TENANT, "card-9")) {
            assertThat(anonymous, not(containsString(identity)));
        }
    }

    @Test
    void messagesToThePersonNeverCarryTheirAnswers() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());
        send(TeamsActivities.install(member)).then().statusCode(200);

        send(TeamsActivities.submit(member, checkin.cycleId(), fullAnswers(checkin), "secret-comment-text", "card-8"))
                .then().statusCode(200);

        String queued = Rows.list("select coalesce(string_agg(payload::text || dedup_key, '|'), '') "
                + "from outbox_message where person_id = ?1", checkin.member(0).id()).get(0)[0].toString();
        assertFalse(queued.isEmpty());
        assertThat(queued, not(containsString("secret-comment-text")));
        assertThat(queued, not(containsString("More focus time")));
    }

    @Test
    void whereTeamsReachesSomeoneIsStoredWithoutAnyTime() {
        assertEquals(List.of(), Rows.list("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = 'teams_conversation_reference'
                  and (data_type like 'timestamp%' or data_type like 'time %' or data_type = 'date')"""));
    }

    @Test
    void errorsNeverRepeatAnAnswerValueOrIdentity() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 1);
        TeamsActivities.User member = TeamsActivities.User.of(checkin.member(0).platformUserId());
        send(TeamsActivities.install(member)).then().statusCode(200);

        String body = send(TeamsActivities.submit(member, checkin.cycleId(),
                Map.of(checkin.choice(), "value-nobody-should-see"), null, "card-7"))
                .then().statusCode(400).extract().asString();

        assertThat(body, not(containsString("value-nobody-should-see")));
        assertThat(body, not(containsString(member.objectId())));
        assertThat(body, not(containsString(member.teamsId())));
    }

    @Test
    void liveCheckFindsNoTransactionThatWroteAnAnswerBesideTheTeamsReference() {
        Checkin checkin = OpenCheckInFixtures.openCheckin("teams", 3);
        for (int i = 0; i < 3; i++) {
            TeamsActivities.User member = TeamsActivities.User.of(checkin.member(i).platformUserId());
            send(TeamsActivities.install(member)).then().statusCode(200);
            send(TeamsActivities.submit(member, checkin.cycleId(), fullAnswers(checkin), null, "card-" + i))
                    .then().statusCode(200);
        }
        Pending.flush(checkin.cycleId());

        String outcome = given().auth().oauth2(TestTokens.token("council-" + UUID.randomUUID() + "@example.com",
                Roles.AUDITOR)).get("/api/v1/audit/anonymity").then().statusCode(200).extract()
                .path("checks.find { it.name == 'no-shared-transaction' }.outcome");
        assertEquals("pass", outcome);
    }
}
