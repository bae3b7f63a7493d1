package io.pulsecheck.platform.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.pulsecheck.delivery.OutboundMessage;
import io.pulsecheck.delivery.Outbox;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.platform.ChatRecipient;
import io.pulsecheck.platform.PromptContent;
import io.pulsecheck.questions.Question;
import io.pulsecheck.schedule.Cycle;
import io.pulsecheck.teams.Person;
import io.pulsecheck.testing.FakeChatPlatforms;
import io.pulsecheck.testing.SignedRequests;
import io.pulsecheck.testing.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Slack workspaces played by WireMock for the app tests: {@code oauth.v2.access} per install code,
 * {@code users.lookupByEmail} per token and email, {@code chat.postMessage} and {@code views.publish}. Every id is
 * unique per call, so tests share nothing.
 */
final class SlackWorkspaces {

    static final String API = FakeChatPlatforms.SLACK_API_PATH;

    private SlackWorkspaces() {
    }

    /** A workspace that can be installed: its id, name, bot token and the code Slack hands the browser. */
    record Workspace(String teamId, String name, String token, String code) {
    }

    static WireMockServer slack() {
        return FakeChatPlatforms.server();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** A new workspace whose code exchange WireMock answers with its bot token. */
    static Workspace workspace() {
        Workspace workspace = new Workspace(unique("T"), "Workspace " + unique(""), "xoxb-" + unique("") + "-secret",
                unique("code-"));
        slack().stubFor(post(urlEqualTo(API + "/oauth.v2.access"))
                .withRequestBody(containing("code=" + workspace.code()))
                .withRequestBody(containing("client_secret=test-client-secret"))
                .willReturn(okJson("""
                        {"ok": true, "access_token": "%s", "token_type": "bot", "scope": "chat:write,im:write,users:read,users:read.email",
                         "bot_user_id": "UBOT", "app_id": "A0PULSE", "team": {"id": "%s", "name": "%s"},
                         "enterprise": null, "is_enterprise_install": false}"""
                        .formatted(workspace.token(), workspace.teamId(), workspace.name()))));
        return workspace;
    }

    /** Slack finds this email in the workspace (asked with its token) as this member id. */
    static void member(Workspace workspace, String email, String memberId) {
        slack().stubFor(post(urlEqualTo(API + "/users.lookupByEmail"))
                .withHeader("Authorization", equalTo("Bearer " + workspace.token()))
                .withRequestBody(equalTo("email=" + URLEncoder.encode(email.toLowerCase(), StandardCharsets.UTF_8)))
                .willReturn(okJson("""
                        {"ok": true, "user": {"id": "%s", "team_id": "%s", "deleted": false}}"""
                        .formatted(memberId, workspace.teamId()))));
    }

    /** Slack knows no one else in this workspace. */
    static void nobodyElse(Workspace workspace) {
        slack().stubFor(post(urlEqualTo(API + "/users.lookupByEmail")).atPriority(9)
                .withHeader("Authorization", equalTo("Bearer " + workspace.token()))
                .willReturn(okJson("{\"ok\": false, \"error\": \"users_not_found\"}")));
    }

    static void acceptsMessagesAndViews() {
        slack().stubFor(post(urlEqualTo(API + "/chat.postMessage")).willReturn(okJson("{\"ok\": true}")));
        slack().stubFor(post(urlEqualTo(API + "/views.publish")).willReturn(okJson("{\"ok\": true}")));
    }

    /** Starts an install in a fresh browser: the state Slack would echo, and the cookie that binds it. */
    record Started(String state, String cookie) {
    }

    static Started startInstall() {
        Response response = given().redirects().follow(false).when().get("/slack/install");
        response.then().statusCode(303);
        String query = URI.create(response.header("Location")).getRawQuery();
        Map<String, String> params = Stream.of(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return new Started(params.get("state"), response.getCookie(SlackInstallResource.COOKIE));
    }

    static Response callback(Started started, String code) {
        var request = given().redirects().follow(false).queryParam("code", code).queryParam("state", started.state());
        if (started.cookie() != null) {
            request.cookie(SlackInstallResource.COOKIE, started.cookie());
        }
        return request.when().get("/slack/oauth/callback");
    }

    static void install(Workspace workspace) {
        callback(startInstall(), workspace.code()).then().statusCode(200);
    }

    /** HR enters a Slack person with only an email; returns their id. */
    static UUID emailOnlyPerson(String email, String locale) {
        String id = given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Slack " + unique(""), "email", email, "platform", "slack",
                        "locale", locale, "timeZone", "Europe/Berlin"))
                .when().post("/api/v1/people").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static String email() {
        return "s-" + UUID.randomUUID() + "@example.com";
    }

    /** Queues the person's prompt for the cycle as the prompt queue does; empty when Slack cannot reach them. */
    static Optional<UUID> queuePrompt(UUID cycleId, UUID personId) {
        ChatPlatforms platforms = Arc.container().instance(ChatPlatforms.class).get();
        Outbox outbox = Arc.container().instance(Outbox.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = Person.findById(personId);
            Cycle cycle = Cycle.findById(cycleId);
            var questions = Question.<Question>list("setVersion.id = ?1 order by position", cycle.questionSetVersion.id);
            Optional<OutboundMessage> message = ChatRecipient.of(person).flatMap(recipient -> platforms.prompt(
                    new PromptContent(false, cycleId, cycle.cycleDate, "Team", recipient, questions, null)));
            return message.flatMap(m -> outbox.enqueue(m.forPerson(cycleId, personId)));
        });
    }

    /** A signed Events API callback of this workspace. */
    static Response event(String teamId, String eventJson) {
        String envelope = "{\"type\": \"event_callback\", \"team_id\": \"" + teamId + "\", \"event_id\": \""
                + unique("Ev") + "\", \"event\": " + eventJson + "}";
        return SignedRequests.slackEvent(envelope);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Makes a fixture member someone HR entered for Slack with only this email. */
    static void onlyEmail(UUID personId, String email) {
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = Person.findById(personId);
            person.platformUserId = null;
            person.email = email;
        });
    }
}
