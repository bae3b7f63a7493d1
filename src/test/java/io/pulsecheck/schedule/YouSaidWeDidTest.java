package io.pulsecheck.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.pulsecheck.delivery.DeliveryTestSupport;
import io.pulsecheck.platform.PlatformId;
import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.testing.TestClock;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Actions leaders record are told to the team in the first prompt of its next check-in, and in that one only. */
@QuarkusTest
class YouSaidWeDidTest {

    private static final String SLACK = "/slack/api/chat.postMessage";
    private static final LocalDate MONDAY = LocalDate.of(2021, 3, 22);
    /** 09:00 in Berlin on {@link #MONDAY}. */
    private static final String NINE_BERLIN = "2021-03-22T08:00:00Z";
    private static final String BEFORE = "2021-03-19T10:00:00Z";

    @Inject
    CheckInTick tick;

    @Inject
    SchedulerFixtures fixtures;

    @Inject
    DeliveryTestSupport delivery;

    @Inject
    TestClock clock;

    WireMockServer wiremock = FakeChatPlatforms.server();

    @BeforeEach
    void setUp() {
        wiremock.resetAll();
        delivery.isolate();
        wiremock.stubFor(post(urlEqualTo(SLACK)).willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
        wiremock.stubFor(post(urlEqualTo(FakeChatPlatforms.MATTERMOST_HOOK_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
        wiremock.stubFor(post(urlEqualTo(FakeChatPlatforms.GATEWAY_PATH)).willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private void tickAt(String instant) {
        clock.setInstant(Instant.parse(instant));
        tick.runOnce();
    }

    /** Records an action over the API at the given instant, so the order of actions is the order of the calls. */
    private UUID recordAction(UUID team, String description, String at) {
        clock.setInstant(Instant.parse(at));
        String id = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("description", description))
                .when().post("/api/v1/teams/{id}/actions", team)
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private List<Boolean> announcedFlags(UUID team) {
        return given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/api/v1/teams/{id}/actions", team)
                .then().statusCode(200).extract().jsonPath().getList("announced", Boolean.class);
    }

    private JsonNode onlyBodySentTo(String path, String jsonPath, String userValue) {
        List<LoggedRequest> requests = wiremock.findAll(postRequestedFor(urlEqualTo(path))
                .withRequestBody(matchingJsonPath(jsonPath, equalTo(userValue))));
        assertEquals(1, requests.size(), "one message to " + userValue);
        return DeliveryTestSupport.json(requests.get(0).getBodyAsString());
    }

    private String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void slackPromptTellsWhatLeadersDidBetweenIntroAndQuestionsInTheMembersLocale() {
        UUID member = fixtures.person(PlatformId.SLACK, "Europe/Berlin", "de");
        UUID team = fixtures.team(List.of(member), List.of());
        UUID set = fixtures.questionSet();
        fixtures.weeklySchedule(team, set, MONDAY);
        String first = unique("Wir haben das Freitags-Meeting gestrichen");
        recordAction(team, first, BEFORE);
        recordAction(team, "Release verschoben <!channel> & <https://evil.example|hier>", "2021-03-19T11:00:00Z");

        tickAt(NINE_BERLIN);

        JsonNode body = onlyBodySentTo(SLACK, "$.channel", fixtures.platformUserId(member));
        JsonNode blocks = body.get("blocks");
        assertEquals("section", blocks.get(0).get("type").asText());
        assertEquals("section", blocks.get(1).get("type").asText());
        assertEquals("mrkdwn", blocks.get(1).get("text").get("type").asText());
        assertEquals("*Sie haben es uns gesagt, wir haben gehandelt.* Seit Ihrem letzten Check-in:\n"
                + "\u2022 " + first + "\n"
                + "\u2022 Release verschoben &lt;!channel&gt; &amp; &lt;https://evil.example|hier&gt;",
                blocks.get(1).get("text").get("text").asText());
        assertEquals("q:" + fixtures.questionIds(set).get(0), blocks.get(2).get("block_id").asText());
        assertFalse(body.get("text").asText().contains(first), "the notification text stays the intro");
    }

    @Test
    void mattermostPromptTextAddsTheActionsWithoutMentions() {
        UUID member = fixtures.person(PlatformId.MATTERMOST, "Europe/Berlin", "en");
        UUID team = fixtures.team(List.of(member), List.of());
        fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        String action = unique("Thanks @channel: we hired");
        recordAction(team, action + "\ntwo testers", BEFORE);

        tickAt(NINE_BERLIN);

        JsonNode body = onlyBodySentTo(FakeChatPlatforms.MATTERMOST_HOOK_PATH, "$.channel",
                "@" + fixtures.platformUserId(member));
        assertEquals("Time for your check-in with *" + fixtures.teamName(team) + "*. It takes a minute and stays "
                + "anonymous: your leaders only ever see group results.\n\n"
                + "*You said, we did.* Since your last check-in:\n"
                + "- " + action.replace("@", "@\u200B") + " two testers", body.get("text").asText());
        assertEquals("Question 1 of 4", body.get("attachments").get(0).get("title").asText());
    }

    @Test
    void genericPromptCarriesTheActionsOldestFirst() {
        UUID member = fixtures.person(PlatformId.WEBHOOK, "Europe/Berlin", "en");
        UUID team = fixtures.team(List.of(member), List.of());
        fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        String older = unique("We cancelled the Friday status meeting");
        String newer = unique("We moved the release by a week");
        UUID olderId = recordAction(team, older, "2021-03-18T09:00:00Z");
        UUID newerId = recordAction(team, newer, "2021-03-19T09:00:00Z");

        tickAt(NINE_BERLIN);

        JsonNode body = onlyBodySentTo(FakeChatPlatforms.GATEWAY_PATH, "$.recipient.userId",
                fixtures.platformUserId(member));
        JsonNode saidDid = body.get("youSaidWeDid");
        assertEquals("*You said, we did.* Since your last check-in:", saidDid.get("heading").asText());
        assertEquals(2, saidDid.get("actions").size());
        assertEquals(olderId.toString(), saidDid.get("actions").get(0).get("id").asText());
        assertEquals(older, saidDid.get("actions").get(0).get("text").asText());
        assertEquals("2021-03-18", saidDid.get("actions").get(0).get("recordedOn").asText());
        assertEquals(newerId.toString(), saidDid.get("actions").get(1).get("id").asText());
        assertEquals(newer, saidDid.get("actions").get(1).get("text").asText());
    }

    @Test
    void eachActionIsToldInOneCheckInOnly() {
        UUID member = fixtures.person(PlatformId.WEBHOOK, "Europe/Berlin", "en");
        UUID team = fixtures.team(List.of(member), List.of());
        fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        String first = unique("We cancelled the Friday status meeting");
        recordAction(team, first, BEFORE);
        tickAt(NINE_BERLIN);
        String second = unique("We hired two testers");
        recordAction(team, second, "2021-03-24T09:00:00Z");
        wiremock.resetRequests();

        tickAt("2021-03-29T07:00:00Z");

        JsonNode body = onlyBodySentTo(FakeChatPlatforms.GATEWAY_PATH, "$.recipient.userId",
                fixtures.platformUserId(member));
        assertEquals("2021-03-29", body.get("cycleDate").asText());
        JsonNode actions = body.get("youSaidWeDid").get("actions");
        assertEquals(1, actions.size());
        assertEquals(second, actions.get(0).get("text").asText());
        assertEquals(List.of(true, true), announcedFlags(team));
    }

    @Test
    void reminderDoesNotRepeatTheActions() {
        UUID member = fixtures.person(PlatformId.WEBHOOK, "Europe/Berlin", "en");
        UUID team = fixtures.team(List.of(member), List.of());
        UUID schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        fixtures.update(schedule, s -> {
            s.reminderAfterHours = 2;
            s.cycleLengthDays = 2;
        });
        recordAction(team, unique("We cancelled the Friday status meeting"), BEFORE);
        tickAt(NINE_BERLIN);
        wiremock.resetRequests();

        tickAt("2021-03-22T10:00:00Z");

        JsonNode reminder = onlyBodySentTo(FakeChatPlatforms.GATEWAY_PATH, "$.recipient.userId",
                fixtures.platformUserId(member));
        assertEquals(true, reminder.get("reminder").asBoolean());
        assertFalse(reminder.has("youSaidWeDid"));
    }

    @Test
    void oneCheckInTellsAtMostTenActionsAndKeepsTheRestForTheNext() {
        UUID member = fixtures.person(PlatformId.WEBHOOK, "Europe/Berlin", "en");
        UUID team = fixtures.team(List.of(member), List.of());
        fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String action = unique("Action " + i);
            recordAction(team, action, Instant.parse(BEFORE).plusSeconds(60L * i).toString());
            recorded.add(action);
        }

        tickAt(NINE_BERLIN);

        JsonNode actions = onlyBodySentTo(FakeChatPlatforms.GATEWAY_PATH, "$.recipient.userId",
                fixtures.platformUserId(member)).get("youSaidWeDid").get("actions");
        assertEquals(10, actions.size());
        assertEquals(recorded.get(9), actions.get(9).get("text").asText(), "oldest first");
        assertEquals(1, fixtures.count("select count(*) from leader_action where team_id = ?1 and "
                + "announced_cycle_id is null and description = ?2", team, recorded.get(10)));
    }

    @Test
    void cycleThatAsksNobodyLeavesTheActionsForTheNext() {
        UUID member = fixtures.person(PlatformId.WEBHOOK, "Europe/Berlin", "en");
        fixtures.updatePerson(member, p -> p.status = Person.Status.opted_out);
        UUID team = fixtures.team(List.of(member), List.of());
        UUID schedule = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        recordAction(team, unique("We cancelled the Friday status meeting"), BEFORE);

        tickAt(NINE_BERLIN);

        assertEquals(1, fixtures.cycles(schedule).size());
        assertEquals(List.of(false), announcedFlags(team));
    }

    @Test
    void racingTicksOfTwoSchedulesTellEveryMemberEachActionOnce() throws Exception {
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(fixtures.person(PlatformId.WEBHOOK, "Europe/Berlin", "en"));
        }
        UUID team = fixtures.team(members, List.of());
        UUID first = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        UUID second = fixtures.weeklySchedule(team, fixtures.questionSet(), MONDAY);
        List<String> actions = List.of(unique("First action"), unique("Second action"), unique("Third action"));
        for (int i = 0; i < actions.size(); i++) {
            recordAction(team, actions.get(i), Instant.parse(BEFORE).plusSeconds(60L * i).toString());
        }
        clock.reset();
        Instant now = Instant.parse(NINE_BERLIN);

        RacingTicks.run(tick, now, 4);

        UUID firstCycle = fixtures.cycles(first).get(0).id;
        UUID secondCycle = fixtures.cycles(second).get(0).id;
        assertEquals(1, fixtures.cycles(first).size());
        assertEquals(1, fixtures.cycles(second).size());
        assertEquals(10, fixtures.count("select count(*) from outbox_message where dedup_key like ?1 or dedup_key like ?2",
                "prompt:" + firstCycle + ":%", "prompt:" + secondCycle + ":%"));
        for (String action : actions) {
            assertEquals(5, fixtures.count("select count(*) from outbox_message where (dedup_key like ?1 or "
                    + "dedup_key like ?2) and position(?3 in cast(payload as text)) > 0",
                    "prompt:" + firstCycle + ":%", "prompt:" + secondCycle + ":%", action),
                    "each member hears of '" + action + "' in exactly one of the two check-ins");
        }
        assertEquals(List.of(true, true, true), announcedFlags(team));
    }
}
